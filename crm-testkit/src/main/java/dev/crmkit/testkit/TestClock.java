package dev.crmkit.testkit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/** A clock a test sets and moves; thread-safe. */
public final class TestClock extends Clock {

    private final AtomicReference<Instant> now;

    /**
     * A clock standing at an instant.
     *
     * @param start the instant
     */
    public TestClock(Instant start) {
        this.now = new AtomicReference<>(start);
    }

    /**
     * Moves the clock.
     *
     * @param duration how far (may be negative)
     * @return the new instant
     */
    public Instant advance(Duration duration) {
        return now.updateAndGet(i -> i.plus(duration));
    }

    /**
     * Sets the clock.
     *
     * @param instant the new instant
     */
    public void set(Instant instant) {
        now.set(instant);
    }

    @Override
    public Instant instant() {
        return now.get();
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(instant(), zone);
    }
}
