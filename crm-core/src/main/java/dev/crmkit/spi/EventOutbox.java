package dev.crmkit.spi;

import dev.crmkit.common.EventId;
import dev.crmkit.event.DomainEvent;
import dev.crmkit.event.EventBacklog;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * The outbox of the unit of work's tenant: where a unit of work writes its events, and where the event relay
 * finds them after the commit. Every method sees the unit of work's tenant only.
 *
 * <p>Appended events commit with the unit of work (or vanish with its rollback); the other methods' changes
 * commit or roll back with it too. The outbox keeps the order events were appended in ("commit order": a writer
 * changes an aggregate under its lock, so each aggregate's events are appended in the order they happened).
 *
 * <p>An event the publisher refused carries its delivery state: how many attempts failed, when the next one is
 * due, and whether it is parked (no more automatic attempts). While an aggregate has an event waiting for its next
 * attempt or parked, none of that aggregate's events is due: they wait behind it, so each aggregate's events reach
 * the publisher in order. Other aggregates are not held back.
 */
public interface EventOutbox {

    /**
     * Appends events, in the order they happened.
     *
     * @param events the events
     */
    void append(List<DomainEvent> events);

    /**
     * The events the relay may hand over now, oldest first: every event whose aggregate has no event that is
     * parked or waiting for a later attempt ({@link OutboxEntry#nextAttemptAt()} after {@code now}). The relay runs
     * this after every commit that recorded events: a database reads it from an index that leads with the tenant
     * and orders by commit order, and stops at {@code limit}.
     *
     * @param now the relay's instant
     * @param limit the most events to return
     * @return the due events, in commit order
     */
    List<OutboxEntry> due(Instant now, int limit);

    /**
     * Every event not yet delivered (due, waiting for an attempt, held behind another, or parked), oldest first.
     *
     * @param limit the most events to return
     * @return the events, in commit order
     */
    List<OutboxEntry> unpublished(int limit);

    /**
     * Removes delivered events. Ids that are not in the outbox are ignored.
     *
     * @param eventIds the events the publisher accepted
     */
    void delete(Collection<EventId> eventIds);

    /**
     * Records failed deliveries: each event's attempts, its next attempt or that it is parked, and what failed.
     * Ids that are not in the outbox are ignored.
     *
     * @param failures the failures, at most one per event
     */
    void recordFailures(Collection<DeliveryFailure> failures);

    /**
     * The parked events, oldest first.
     *
     * @param limit the most events to return
     * @return the parked events, in commit order
     */
    List<OutboxEntry> parked(int limit);

    /**
     * How many events wait, and how many of them are parked.
     *
     * @return the counts
     */
    EventBacklog backlog();

    /**
     * Puts parked events back in line: due now, with no failed attempt. Ids that are not parked events of the
     * tenant are left alone.
     *
     * @param eventIds the events
     * @return the ids that were parked and are now due
     */
    Set<EventId> release(Collection<EventId> eventIds);

    /**
     * Removes parked events without delivering them. Ids that are not parked events of the tenant are left alone.
     *
     * @param eventIds the events
     * @return the ids that were parked and are now gone
     */
    Set<EventId> discard(Collection<EventId> eventIds);
}
