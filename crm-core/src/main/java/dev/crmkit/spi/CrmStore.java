package dev.crmkit.spi;

import dev.crmkit.common.EventId;
import dev.crmkit.common.TenantId;
import dev.crmkit.event.DomainEvent;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;

/**
 * A persistence adapter: the one object a host hands to {@code Crm.builder().store(...)}.
 *
 * <p>Every use case runs in exactly one unit of work, bound to the actor's tenant. A unit of work is atomic
 * (its writes commit together, or none does when {@code work} throws), isolated (no other unit of work sees
 * its writes before it commits) and sees its own writes. The events it appended to its
 * {@link UnitOfWork#outbox() outbox} commit with it. A store may instead join a transaction the host already holds
 * on the same database ({@link UnitOfWork#hostTransaction()}): then the work's writes and events commit or roll back
 * with the host's, and {@code inTransaction} returns before they are committed.
 */
public interface CrmStore extends AutoCloseable {

    /**
     * Runs work in a unit of work bound to one tenant, and commits it when the work returns (or, in a host's
     * transaction it joined, leaves the commit to the host; an exception still undoes the work's own writes).
     *
     * @param tenantId the tenant every repository of the unit of work is restricted to
     * @param mode whether the work may write
     * @param work the work; an exception it throws rolls the unit of work back and propagates unchanged
     * @param <T> the result type
     * @return the work's result
     * @throws dev.crmkit.common.ConflictException when a concurrent unit of work made this one's writes stale
     * @throws dev.crmkit.common.StoreException when the adapter fails
     */
    <T> T inTransaction(TenantId tenantId, TransactionMode mode, Function<UnitOfWork, T> work);

    /**
     * Committed events not yet marked published, across all tenants, in the order they were committed
     * (which keeps the order of each aggregate's events).
     *
     * @param limit the largest number of events to return
     * @return the oldest unpublished events
     */
    List<DomainEvent> unpublishedEvents(int limit);

    /**
     * Marks events as published so {@link #unpublishedEvents(int)} no longer returns them. Unknown ids are
     * ignored.
     *
     * @param eventIds the events handed to the publisher
     */
    void markPublished(Collection<EventId> eventIds);

    /** Releases what the adapter holds (connections, threads). The default does nothing. */
    @Override
    default void close() {}
}
