package dev.crmkit.event;

import dev.crmkit.common.InvalidCommandException;
import java.time.Duration;
import java.time.Instant;

/**
 * How the event relay offers again an event the publisher refused: after a delay that doubles from
 * {@code firstDelay} up to {@code maxDelay}, and at most {@code maxAttempts} times in all; after the last failed
 * attempt the event is parked (see {@link dev.crmkit.event.EventAdministration}). The delays are judged by the
 * {@code Crm}'s clock, when a relay runs: after a commit of the tenant, or in the host's scheduled sweep.
 *
 * @param maxAttempts the attempts before the event is parked, from 1 to {@value #MAX_ATTEMPTS}
 * @param firstDelay the wait after the first failure, positive
 * @param maxDelay the longest wait, from {@code firstDelay} to one day
 */
public record EventRetryPolicy(int maxAttempts, Duration firstDelay, Duration maxDelay) {

    /** The most attempts a policy may allow. */
    public static final int MAX_ATTEMPTS = 100;

    private static final Duration LONGEST_DELAY = Duration.ofDays(1);

    /** Ten attempts, 1 s after the first failure, doubling up to 5 min: about 8.5 minutes before parking. */
    public static final EventRetryPolicy DEFAULT = new EventRetryPolicy(10, Duration.ofSeconds(1), Duration.ofMinutes(5));

    /**
     * Checks the policy.
     *
     * @throws InvalidCommandException naming the part out of range
     */
    public EventRetryPolicy {
        InvalidCommandException.Builder problems = InvalidCommandException.builder("EventRetryPolicy");
        if (maxAttempts < 1 || maxAttempts > MAX_ATTEMPTS) {
            problems.add("maxAttempts", "Range", 1, MAX_ATTEMPTS);
        }
        if (firstDelay == null) {
            problems.add("firstDelay", "NotNull");
        } else if (firstDelay.isNegative() || firstDelay.isZero()) {
            problems.add("firstDelay", "Positive");
        }
        if (maxDelay == null) {
            problems.add("maxDelay", "NotNull");
        } else if (firstDelay != null && (maxDelay.compareTo(firstDelay) < 0 || maxDelay.compareTo(LONGEST_DELAY) > 0)) {
            problems.add("maxDelay", "Range", firstDelay, LONGEST_DELAY);
        }
        problems.throwIfAny();
    }

    /**
     * When an event that has now failed {@code attempts} times is offered again.
     *
     * @param attempts the failed attempts, this one included
     * @param failedAt when this one failed
     * @return the instant of the next attempt, or {@code null} when the event is to be parked
     */
    public Instant nextAttempt(int attempts, Instant failedAt) {
        if (attempts >= maxAttempts) {
            return null;
        }
        Duration delay = firstDelay;
        for (int i = 1; i < attempts && delay.compareTo(maxDelay) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return failedAt.plus(delay.compareTo(maxDelay) > 0 ? maxDelay : delay);
    }
}
