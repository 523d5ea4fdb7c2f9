package dev.crmkit.inmemory;

import dev.crmkit.common.ConflictException;
import dev.crmkit.common.TenantId;
import dev.crmkit.spi.CrmStore;
import dev.crmkit.spi.OutboxBacklog;
import dev.crmkit.spi.TransactionMode;
import dev.crmkit.spi.UnitOfWork;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.Lock;
import java.util.function.Function;

/**
 * CRM Kit's in-memory store: every SPI port, thread-safe, indexed, nothing persisted.
 *
 * <pre>{@code
 * Crm crm = Crm.builder().store(new InMemoryCrmStore()).build();
 * }</pre>
 *
 * <p>Tenants are independent partitions: units of work of different tenants never wait for each other. Within
 * a tenant, readers share the partition and a writer holds it alone; a writer that fails is undone completely.
 */
public final class InMemoryCrmStore implements CrmStore {

    private final Map<TenantId, TenantPartition> partitions = new ConcurrentHashMap<>();

    /** Creates an empty store. */
    public InMemoryCrmStore() {}

    @Override
    public <T> T inTransaction(TenantId tenantId, TransactionMode mode, Function<UnitOfWork, T> work) {
        TenantPartition existing = partitions.get(tenantId);
        // A tenant nobody wrote to yet gets a partition of its own, registered only if the unit of work writes:
        // calls for unknown tenants leave nothing behind.
        TenantPartition data = existing != null ? existing : new TenantPartition(tenantId);
        Lock lock = mode == TransactionMode.READ_ONLY ? data.lock.readLock() : data.lock.writeLock();
        lock.lock();
        InMemoryUnitOfWork uow = new InMemoryUnitOfWork(data, mode);
        try {
            T result = work.apply(uow);
            if (existing == null && uow.wrote() && partitions.putIfAbsent(tenantId, data) != null) {
                throw ConflictException.duplicate("tenant", "tenantId", tenantId, null);
            }
            return result;
        } catch (RuntimeException | Error e) {
            uow.rollback();
            throw e;
        } finally {
            lock.unlock();
        }
    }

    @Override
    public List<OutboxBacklog> outboxBacklog(Instant now) {
        List<OutboxBacklog> backlog = new ArrayList<>();
        for (TenantPartition partition : partitions.values()) {
            Lock lock = partition.lock.readLock();
            lock.lock();
            try {
                if (!partition.outbox.bySeq.isEmpty()) {
                    backlog.add(partition.outbox.backlog(partition.tenantId, now));
                }
            } finally {
                lock.unlock();
            }
        }
        return backlog;
    }
}
