package dev.crmkit.testkit;

import dev.crmkit.common.TenantId;
import dev.crmkit.spi.AccountRepository;
import dev.crmkit.spi.AgendaRepository;
import dev.crmkit.spi.CrmStore;
import dev.crmkit.spi.OutboxBacklog;
import dev.crmkit.spi.TransactionMode;
import dev.crmkit.spi.UnitOfWork;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;

/**
 * A store whose lookups of a unique key find nothing, as a database transaction does not see a concurrent one's
 * uncommitted insert: the only thing left to refuse a duplicate is the store's unique key.
 */
final class BlindStore implements CrmStore {

    private final CrmStore store;
    private final Class<?> port;
    private final Map<String, Object> answers;
    private final AtomicBoolean blind = new AtomicBoolean(true);
    private final boolean once;

    private BlindStore(CrmStore store, Class<?> port, Map<String, Object> answers, boolean once) {
        this.store = store;
        this.port = port;
        this.answers = answers;
        this.once = once;
    }

    /** @return a store whose agenda never finds an entry by its dedupe key */
    static BlindStore toDedupeKeys(CrmStore store) {
        return new BlindStore(store, AgendaRepository.class, Map.of("findByDedupeKey", Optional.empty()), false);
    }

    /**
     * A store whose first unit of work that may write finds no account by its tax id, as a writer racing another does
     * not see its uncommitted account; later ones find them again, as the same writer does once the other has
     * committed (the library's second attempt after the unique key refused the first).
     *
     * @param store the store
     * @return the blind store
     */
    static BlindStore toTaxKeysOnce(CrmStore store) {
        return new BlindStore(store, AccountRepository.class, Map.of("findByTaxKey", Optional.empty(), "existingTaxKeys", Set.of()),
                true);
    }

    @Override
    public <T> T inTransaction(TenantId tenantId, TransactionMode mode, Function<UnitOfWork, T> work) {
        if (mode != TransactionMode.READ_WRITE || !(once ? blind.getAndSet(false) : blind.get())) {
            return store.inTransaction(tenantId, mode, work);
        }
        return store.inTransaction(tenantId, mode, uow -> work.apply(new DecoratedUnitOfWork(uow, new DecoratedUnitOfWork.Decorator() {
            @Override
            public <P> P port(Class<P> type, P decorated) {
                return type != port ? decorated : DecoratedUnitOfWork.intercepted(type, decorated,
                        (method, args, proceed) -> answers.containsKey(method.getName()) ? answers.get(method.getName()) : proceed.call());
            }
        })));
    }

    @Override
    public List<OutboxBacklog> outboxBacklog(Instant now) {
        return store.outboxBacklog(now);
    }
}
