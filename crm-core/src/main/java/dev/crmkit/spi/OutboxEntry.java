package dev.crmkit.spi;

import dev.crmkit.event.DomainEvent;
import java.time.Instant;
import java.util.Objects;

/**
 * An event in the outbox, with its delivery state.
 *
 * @param event the event
 * @param attempts how many deliveries failed (0 for an event never offered, or offered and not yet refused)
 * @param nextAttemptAt when the next attempt is due after a failure, or {@code null} (due now, or parked)
 * @param parkedAt when the event was parked, or {@code null} while the relay still offers it
 * @param failure what the last failed attempt threw (class and message, shortened), or {@code null}
 */
public record OutboxEntry(DomainEvent event, int attempts, Instant nextAttemptAt, Instant parkedAt, String failure) {

    /** Checks the event is present. */
    public OutboxEntry {
        Objects.requireNonNull(event, "event");
    }

    /**
     * An event that was never refused.
     *
     * @param event the event
     * @return the entry
     */
    public static OutboxEntry of(DomainEvent event) {
        return new OutboxEntry(event, 0, null, null, null);
    }

    /**
     * Whether the relay stopped offering the event.
     *
     * @return whether it is parked
     */
    public boolean parked() {
        return parkedAt != null;
    }
}
