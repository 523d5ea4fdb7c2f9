package dev.crmkit.testkit;

import dev.crmkit.common.TenantId;
import dev.crmkit.common.UserId;
import dev.crmkit.spi.AccountRepository;
import dev.crmkit.spi.AgendaRepository;
import dev.crmkit.spi.CardRepository;
import dev.crmkit.spi.CatalogRepository;
import dev.crmkit.spi.ContactRepository;
import dev.crmkit.spi.DocumentRepository;
import dev.crmkit.spi.EventOutbox;
import dev.crmkit.spi.PipelineHistoryRepository;
import dev.crmkit.spi.PipelineRepository;
import dev.crmkit.spi.PriceListRepository;
import dev.crmkit.spi.DiscountRepository;
import dev.crmkit.spi.QuoteRepository;
import dev.crmkit.spi.OrderRepository;
import dev.crmkit.spi.CaseRepository;
import dev.crmkit.spi.ConsentRepository;
import dev.crmkit.spi.MessageRepository;
import dev.crmkit.spi.SegmentRepository;
import dev.crmkit.spi.ProductRepository;
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

/**
 * A store's unit of work with its ports passed through a decorator, for the kit's stores that misbehave on purpose
 * (a port that fails, a lookup that does not see). The decorator is asked once per port, when the unit of work
 * starts.
 */
class DecoratedUnitOfWork implements UnitOfWork {

    /** Decorates a port of a unit of work. */
    interface Decorator {

        /**
         * @param type the port's interface
         * @param port the store's port
         * @param <P> the port's type
         * @return the port to use instead (the same one to leave it alone)
         */
        <P> P port(Class<P> type, P port);
    }

    /** What an intercepted port method does instead of (or around) the store's. */
    interface Interceptor {

        /**
         * @param method the port method called
         * @param args its arguments
         * @param proceed calls the store's method
         * @return the result
         * @throws Throwable what the call throws
         */
        Object call(Method method, Object[] args, Proceed proceed) throws Throwable;
    }

    /** Calls the store's port method. */
    interface Proceed {

        /**
         * @return the store's result
         * @throws Throwable what the store throws
         */
        Object call() throws Throwable;
    }

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
    private final ProductRepository products;
    private final CaseRepository cases;
    private final ConsentRepository consents;
    private final MessageRepository messages;
    private final SegmentRepository segments;
    private final dev.crmkit.spi.CampaignRepository campaigns;
    private final PriceListRepository priceLists;
    private final QuoteRepository quotes;
    private final DiscountRepository discounts;
    private final OrderRepository orders;
    private final EventOutbox outbox;

    DecoratedUnitOfWork(UnitOfWork uow, Decorator decorator) {
        this.uow = uow;
        this.tenant = decorator.port(TenantRepository.class, uow.tenant());
        this.users = decorator.port(UserRepository.class, uow.users());
        this.catalog = decorator.port(CatalogRepository.class, uow.catalog());
        this.accounts = decorator.port(AccountRepository.class, uow.accounts());
        this.contacts = decorator.port(ContactRepository.class, uow.contacts());
        this.relationships = decorator.port(RelationshipRepository.class, uow.relationships());
        this.documents = decorator.port(DocumentRepository.class, uow.documents());
        this.timeline = decorator.port(TimelineRepository.class, uow.timeline());
        this.pipelines = decorator.port(PipelineRepository.class, uow.pipelines());
        this.cards = decorator.port(CardRepository.class, uow.cards());
        this.pipelineHistory = decorator.port(PipelineHistoryRepository.class, uow.pipelineHistory());
        this.savedFilters = decorator.port(SavedFilterRepository.class, uow.savedFilters());
        this.agenda = decorator.port(AgendaRepository.class, uow.agenda());
        this.products = decorator.port(ProductRepository.class, uow.products());
        this.cases = decorator.port(CaseRepository.class, uow.cases());
        this.consents = decorator.port(ConsentRepository.class, uow.consents());
        this.messages = decorator.port(MessageRepository.class, uow.messages());
        this.segments = decorator.port(SegmentRepository.class, uow.segments());
        this.campaigns = decorator.port(dev.crmkit.spi.CampaignRepository.class, uow.campaigns());
        this.priceLists = decorator.port(PriceListRepository.class, uow.priceLists());
        this.quotes = decorator.port(QuoteRepository.class, uow.quotes());
        this.discounts = decorator.port(DiscountRepository.class, uow.discounts());
        this.orders = decorator.port(OrderRepository.class, uow.orders());
        this.outbox = decorator.port(EventOutbox.class, uow.outbox());
    }

    /**
     * A port whose methods go through an interceptor: a dynamic proxy rather than a decorator written out per
     * repository, so it cannot miss a method, those added later included.
     */
    static <P> P intercepted(Class<P> type, P target, Interceptor interceptor) {
        Object proxy = Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (self, method, args) -> {
            if (method.getDeclaringClass() == Object.class) {
                return switch (method.getName()) {
                    case "equals" -> self == args[0];
                    case "hashCode" -> System.identityHashCode(self);
                    default -> "decorated " + target;
                };
            }
            return interceptor.call(method, args, () -> {
                try {
                    return method.invoke(target, args);
                } catch (InvocationTargetException e) {
                    throw e.getCause();
                }
            });
        });
        return type.cast(proxy);
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
    public CaseRepository cases() {
        return cases;
    }

    @Override
    public ConsentRepository consents() {
        return consents;
    }

    @Override
    public MessageRepository messages() {
        return messages;
    }

    @Override
    public SegmentRepository segments() {
        return segments;
    }

    @Override
    public dev.crmkit.spi.CampaignRepository campaigns() {
        return campaigns;
    }

    @Override
    public ProductRepository products() {
        return products;
    }

    @Override
    public PriceListRepository priceLists() {
        return priceLists;
    }

    @Override
    public QuoteRepository quotes() {
        return quotes;
    }

    @Override
    public DiscountRepository discounts() {
        return discounts;
    }

    @Override
    public OrderRepository orders() {
        return orders;
    }

    @Override
    public EventOutbox outbox() {
        return outbox;
    }
}
