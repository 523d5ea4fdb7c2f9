package dev.crmkit.spring;

import dev.crmkit.event.DomainEvent;
import dev.crmkit.spi.CrmStore;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * How far the event relay is behind: the events waiting in the store's outbox (up to {@value #LIMIT}) and the age of
 * the oldest. Read through the store's outbox port, the same read the relay makes; this class is the one place to
 * change when the store can count its outbox.
 */
final class OutboxProbe {

    /** The most events counted: past it, the backlog reads as "at least". */
    static final int LIMIT = 1_000;

    private final CrmStore store;
    private final Clock clock;

    OutboxProbe(CrmStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /**
     * The outbox now.
     *
     * @return its backlog and the age of its oldest event
     */
    Status status() {
        List<DomainEvent> waiting = store.unpublishedEvents(LIMIT);
        Duration oldest = waiting.isEmpty()
                ? Duration.ZERO
                : Duration.between(waiting.get(0).meta().occurredAt(), clock.instant());
        return new Status(waiting.size(), waiting.size() >= LIMIT, oldest.isNegative() ? Duration.ZERO : oldest);
    }

    /**
     * The outbox at one instant.
     *
     * @param backlog the events waiting (at most {@link #LIMIT})
     * @param atLeast whether there may be more than {@code backlog}
     * @param oldestAge how long the oldest has waited, zero when none waits
     */
    record Status(int backlog, boolean atLeast, Duration oldestAge) {}
}
