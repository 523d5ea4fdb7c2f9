package dev.crmkit.testkit;

import dev.crmkit.common.EventId;
import dev.crmkit.common.TenantId;
import dev.crmkit.common.UserId;
import dev.crmkit.event.DomainEvent;
import dev.crmkit.spi.AccountRepository;
import dev.crmkit.spi.AgendaRepository;
import dev.crmkit.spi.CardRepository;
import dev.crmkit.spi.CatalogRepository;
import dev.crmkit.spi.ContactRepository;
import dev.crmkit.spi.CrmStore;
import dev.crmkit.spi.DocumentRepository;
import dev.crmkit.spi.EventOutbox;
import dev.crmkit.spi.PipelineHistoryRepository;
import dev.crmkit.spi.PipelineRepository;
import dev.crmkit.spi.RelationshipRepository;
import dev.crmkit.spi.SavedFilterRepository;
import dev.crmkit.spi.TenantAndUser;
import dev.crmkit.spi.TenantRepository;
import dev.crmkit.spi.TimelineRepository;
import dev.crmkit.spi.TransactionMode;
import dev.crmkit.spi.UnitOfWork;
import dev.crmkit.spi.UserRepository;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;

/**
 * A store that fails on purpose at its port boundary: it decorates another store, counts the calling thread's port
 * calls (every repository and outbox method, {@link UnitOfWork#tenantAndUser}, {@link #unpublishedEvents} and
 * {@link #markPublished}) and, once armed, makes the chosen one throw what an adapter reports for the fault
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
    public List<DomainEvent> unpublishedEvents(int limit) {
        fail(onStep());
        return store.unpublishedEvents(limit);
    }

    @Override
    public void markPublished(Collection<EventId> eventIds) {
        fail(onStep());
        store.markPublished(eventIds);
    }

    private static void fail(Fault fault) {
        if (fault != null) {
            throw fault.asReported();
        }
    }

    /**
     * A port whose every method counts as a step. A dynamic proxy rather than a decorator written out per
     * repository: it cannot miss a method, those added later included.
     */
    private <P> P port(Class<P> type, P target) {
        Object proxy = Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (self, method, args) -> {
            if (method.getDeclaringClass() == Object.class) {
                return objectMethod(self, method, args, target);
            }
            fail(onStep());
            try {
                return method.invoke(target, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        });
        return type.cast(proxy);
    }

    private static Object objectMethod(Object self, Method method, Object[] args, Object target) {
        return switch (method.getName()) {
            case "equals" -> self == args[0];
            case "hashCode" -> System.identityHashCode(self);
            default -> "faulty " + target;
        };
    }

    /** The unit of work of the decorated store, its ports counted. */
    private final class Faulty implements UnitOfWork {

        private final UnitOfWork uow;
        private final TenantRepository tenant;
        private final UserRepository users;
        private final CatalogRepository catalog;
        private final AccountRepository accounts;
        private final ContactRepository contacts;
        private final RelationshipRepository relationships;
        private final DocumentRepository documents;
        private final TimelineRepository timeline;
        private final PipelineRepository pipelines;
        private final CardRepository cards;
        private final PipelineHistoryRepository pipelineHistory;
        private final SavedFilterRepository savedFilters;
        private final AgendaRepository agenda;
        private final EventOutbox outbox;

        Faulty(UnitOfWork uow) {
            this.uow = uow;
            this.tenant = port(TenantRepository.class, uow.tenant());
            this.users = port(UserRepository.class, uow.users());
            this.catalog = port(CatalogRepository.class, uow.catalog());
            this.accounts = port(AccountRepository.class, uow.accounts());
            this.contacts = port(ContactRepository.class, uow.contacts());
            this.relationships = port(RelationshipRepository.class, uow.relationships());
            this.documents = port(DocumentRepository.class, uow.documents());
            this.timeline = port(TimelineRepository.class, uow.timeline());
            this.pipelines = port(PipelineRepository.class, uow.pipelines());
            this.cards = port(CardRepository.class, uow.cards());
            this.pipelineHistory = port(PipelineHistoryRepository.class, uow.pipelineHistory());
            this.savedFilters = port(SavedFilterRepository.class, uow.savedFilters());
            this.agenda = port(AgendaRepository.class, uow.agenda());
            this.outbox = port(EventOutbox.class, uow.outbox());
        }

        @Override
        public TenantId tenantId() {
            return uow.tenantId();
        }

        @Override
        public TransactionMode mode() {
            return uow.mode();
        }

        @Override
        public TenantAndUser tenantAndUser(UserId userId) {
            fail(onStep());
            return uow.tenantAndUser(userId);
        }

        @Override
        public TenantRepository tenant() {
            return tenant;
        }

        @Override
        public UserRepository users() {
            return users;
        }

        @Override
        public CatalogRepository catalog() {
            return catalog;
        }

        @Override
        public AccountRepository accounts() {
            return accounts;
        }

        @Override
        public ContactRepository contacts() {
            return contacts;
        }

        @Override
        public RelationshipRepository relationships() {
            return relationships;
        }

        @Override
        public DocumentRepository documents() {
            return documents;
        }

        @Override
        public TimelineRepository timeline() {
            return timeline;
        }

        @Override
        public PipelineRepository pipelines() {
            return pipelines;
        }

        @Override
        public CardRepository cards() {
            return cards;
        }

        @Override
        public PipelineHistoryRepository pipelineHistory() {
            return pipelineHistory;
        }

        @Override
        public SavedFilterRepository savedFilters() {
            return savedFilters;
        }

        @Override
        public AgendaRepository agenda() {
            return agenda;
        }

        @Override
        public EventOutbox outbox() {
            return outbox;
        }
    }
}
