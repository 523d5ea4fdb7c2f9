package dev.crmkit.event;

import java.time.Instant;
import java.util.Objects;

/**
 * An event the publisher refused on every attempt the retry policy allows. The relay no longer offers it, and the
 * later events of its aggregate wait behind it, until the host retries or discards it
 * ({@link EventAdministration}).
 *
 * @param event the event
 * @param attempts how many deliveries failed
 * @param parkedAt when the last attempt failed
 * @param failure what the publisher threw on the last attempt: its class and message, shortened
 */
public record ParkedEvent(DomainEvent event, int attempts, Instant parkedAt, String failure) {

    /** Checks the parts are present. */
    public ParkedEvent {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(parkedAt, "parkedAt");
        Objects.requireNonNull(failure, "failure");
    }
}
