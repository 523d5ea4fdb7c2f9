package dev.crmkit.spi;

import dev.crmkit.common.TenantId;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;

/**
 * A persistence adapter: the one object a host hands to {@code Crm.builder().store(...)}.
 *
 * <p>Every use case runs in exactly one unit of work, bound to the actor's tenant. A unit of work is atomic
 * (its writes commit together, or none does when {@code work} throws), isolated (no other unit of work sees
 * its writes before it commits) and sees its own writes. The events it appended to its
 * {@link UnitOfWork#outbox() outbox} commit with it; the event relay reads and deletes them afterwards in a unit
 * of work of the same tenant, so every statement but {@link #outboxBacklog} is bound to one tenant.
 * A store may instead join a transaction the host already holds on the same database ({@link UnitOfWork#hostTransaction()}): then the work's writes and events commit or roll back
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
     * The one read that spans tenants: for every tenant whose outbox holds events, how many are due and how many
     * are parked. The event sweep ({@code Crm.events().sweep()}), which a host runs from its scheduler, reads it to
     * find the events no relay delivered (a crash between a commit and its relay, a publisher that failed); every
     * other statement of a store works on one tenant. A database answers it with one aggregate over the outbox.
     *
     * @param now the sweep's instant: an event waiting for an attempt after it is not due
     * @return one entry per tenant with events, in no particular order
     */
    List<OutboxBacklog> outboxBacklog(Instant now);

    /** Releases what the adapter holds (connections, threads). The default does nothing. */
    @Override
    default void close() {}
}
