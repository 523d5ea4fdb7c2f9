package dev.crmkit.spi;

import dev.crmkit.common.EventId;
import java.time.Instant;
import java.util.Objects;

/**
 * A delivery the publisher refused, as the relay records it in the outbox.
 *
 * @param eventId the event
 * @param attempts how many deliveries of the event have failed, this one included
 * @param failedAt when this attempt failed
 * @param nextAttemptAt when the next attempt is due, or {@code null} when the event is parked (at {@code failedAt})
 * @param failure what the publisher threw: class and message, at most {@value #MAX_FAILURE_LENGTH} characters
 */
public record DeliveryFailure(EventId eventId, int attempts, Instant failedAt, Instant nextAttemptAt, String failure) {

    /** The longest failure text an outbox keeps. */
    public static final int MAX_FAILURE_LENGTH = 1000;

    /** Checks the parts are present. */
    public DeliveryFailure {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(failedAt, "failedAt");
        Objects.requireNonNull(failure, "failure");
    }

    /**
     * Whether this failure parks the event.
     *
     * @return whether no attempt follows
     */
    public boolean parks() {
        return nextAttemptAt == null;
    }
}
