package dev.crmkit.event;

/**
 * A tenant's undelivered events, for monitoring.
 *
 * @param waiting every event not yet delivered: due, waiting for a retry, held behind an earlier event of its
 *     aggregate, or parked
 * @param parked the parked events among them, which wait for the host ({@link EventAdministration#retry},
 *     {@link EventAdministration#discard})
 */
public record EventBacklog(long waiting, long parked) {

    /** An empty outbox. */
    public static final EventBacklog EMPTY = new EventBacklog(0, 0);
}
