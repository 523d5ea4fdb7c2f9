package dev.crmkit.testkit;

import dev.crmkit.common.TenantId;
import dev.crmkit.common.UserId;
import dev.crmkit.spi.CrmStore;
import dev.crmkit.spi.OutboxBacklog;
import dev.crmkit.spi.TenantAndUser;
import dev.crmkit.spi.TransactionMode;
import dev.crmkit.spi.UnitOfWork;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;

/**
 * A store that fails on purpose at its port boundary: it decorates another store, counts the calling thread's port
 * calls (every repository and outbox method, {@link UnitOfWork#tenantAndUser} and {@link #outboxBacklog}) and, once
 * armed, makes the chosen one throw what an adapter reports for the fault
 * ({@link Fault#asReported()}) instead of calling the store. An armed commit fails after the work returned, inside
 * the decorated store's unit of work, which then rolls back as it does for any failure of its work.
 *
 * <p>It needs nothing of the store under it, so it proves on any adapter, the in-memory one included, that the
 * library turns a failing port into "nothing changed" and a {@code StoreException} or {@code ConflictException}.
 */
public final class FaultyStore extends AbstractFaultHook implements CrmStore {

    private final CrmStore store;

    /**
     * Decorates a store.
     *
     * @param store the store that does the work
     */
    public FaultyStore(CrmStore store) {
        super(List.of(Fault.CONNECTION_LOSS, Fault.SERIALIZATION_FAILURE, Fault.DEADLOCK, Fault.QUERY_CANCELED), "port call");
        this.store = store;
    }

    @Override
    public <T> T inTransaction(TenantId tenantId, TransactionMode mode, Function<UnitOfWork, T> work) {
        return store.inTransaction(tenantId, mode, uow -> {
            T result = work.apply(new Faulty(uow));
            if (mode == TransactionMode.READ_WRITE) {
                fail(onCommit());
            }
            return result;
        });
    }

    @Override
    public List<OutboxBacklog> outboxBacklog(Instant now) {
        fail(onStep());
        return store.outboxBacklog(now);
    }

    private static void fail(Fault fault) {
        if (fault != null) {
            throw fault.asReported();
        }
    }

    /** The unit of work of the decorated store, each port call and {@link UnitOfWork#tenantAndUser} a step. */
    private final class Faulty extends DecoratedUnitOfWork {

        Faulty(UnitOfWork uow) {
            super(uow, new DecoratedUnitOfWork.Decorator() {
                @Override
                public <P> P port(Class<P> type, P port) {
                    return intercepted(type, port, (method, args, proceed) -> {
                        fail(onStep());
                        return proceed.call();
                    });
                }
            });
        }

        @Override
        public TenantAndUser tenantAndUser(UserId userId) {
            fail(onStep());
            return super.tenantAndUser(userId);
        }
    }
}
