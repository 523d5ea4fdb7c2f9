package dev.crmkit.inmemory;

import dev.crmkit.common.ConflictException;
import dev.crmkit.common.TenantId;
import dev.crmkit.spi.CrmStore;
import dev.crmkit.spi.HostTransaction;
import dev.crmkit.spi.OutboxBacklog;
import dev.crmkit.spi.TransactionMode;
import dev.crmkit.spi.UnitOfWork;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * The in-memory store, scripted by a test: it counts units of work, can report that they joined a host's
 * transaction (whose commit the test calls), and can fail the next ones with a stale-version conflict after their work
 * ran, as a database's flush would.
 */
final class ScriptedStore implements CrmStore {

    private final CrmStore delegate = new InMemoryCrmStore();
    final FakeHost host = new FakeHost();
    final AtomicInteger calls = new AtomicInteger();
    boolean joining;
    int conflicts;

    @Override
    public <T> T inTransaction(TenantId tenantId, TransactionMode mode, Function<UnitOfWork, T> work) {
        calls.incrementAndGet();
        T result = delegate.inTransaction(tenantId, mode, uow -> work.apply(joining ? joined(uow) : uow));
        if (mode == TransactionMode.READ_WRITE && conflicts > 0) {
            conflicts--;
            throw ConflictException.staleVersion("account", "?", null, null);
        }
        return result;
    }

    /** The unit of work, reporting the host's transaction. */
    private UnitOfWork joined(UnitOfWork uow) {
        return (UnitOfWork) Proxy.newProxyInstance(UnitOfWork.class.getClassLoader(), new Class<?>[] {UnitOfWork.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("hostTransaction")) {
                        return Optional.of(host);
                    }
                    try {
                        return method.invoke(uow, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    @Override
    public List<OutboxBacklog> outboxBacklog(Instant now) {
        return delegate.outboxBacklog(now);
    }

    /** A host's transaction that commits when the test says so. */
    static final class FakeHost implements HostTransaction {

        private final List<Runnable> afterCommit = new ArrayList<>();

        @Override
        public void afterCommit(Runnable action) {
            afterCommit.add(action);
        }

        void commit() {
            List<Runnable> actions = List.copyOf(afterCommit);
            afterCommit.clear();
            actions.forEach(Runnable::run);
        }
    }
}
