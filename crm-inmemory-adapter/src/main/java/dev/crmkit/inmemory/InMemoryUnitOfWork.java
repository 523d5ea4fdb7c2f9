package dev.crmkit.inmemory;

import dev.crmkit.common.ConflictException;
import dev.crmkit.common.NotFoundException;
import dev.crmkit.common.StoreException;
import dev.crmkit.common.TenantId;
import dev.crmkit.common.Version;
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
import dev.crmkit.spi.CaseRepository;
import dev.crmkit.spi.ConsentRepository;
import dev.crmkit.spi.MessageRepository;
import dev.crmkit.spi.ProductRepository;
import dev.crmkit.spi.SegmentRepository;
import dev.crmkit.spi.QuoteRepository;
import dev.crmkit.spi.DiscountRepository;
import dev.crmkit.spi.OrderRepository;
import dev.crmkit.spi.RelationshipRepository;
import dev.crmkit.spi.SavedFilterRepository;
import dev.crmkit.spi.TenantRepository;
import dev.crmkit.spi.TimelineRepository;
import dev.crmkit.spi.TransactionMode;
import dev.crmkit.spi.UnitOfWork;
import dev.crmkit.spi.UserRepository;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.function.Function;

/** One unit of work on a tenant partition; the partition's lock is held by the caller for its whole life. */
final class InMemoryUnitOfWork implements UnitOfWork, Journal {

    final TenantPartition data;
    private final TransactionMode mode;
    private final Deque<Runnable> undo = new ArrayDeque<>();

    private final TenantRepository tenantRepository;
    private final UserRepository userRepository;
    private final CatalogRepository catalogRepository;
    private final AccountRepository accountRepository;
    private final ContactRepository contactRepository;
    private final RelationshipRepository relationshipRepository;
    private final DocumentRepository documentRepository;
    private final TimelineRepository timelineRepository;
    private final PipelineRepository pipelineRepository;
    private final CardRepository cardRepository;
    private final PipelineHistoryRepository pipelineHistoryRepository;
    private final SavedFilterRepository savedFilterRepository;
    private final AgendaRepository agendaRepository;
    private final ProductRepository productRepository;
    private final CaseRepository caseRepository;
    private final ConsentRepository consentRepository;
    private final MessageRepository messageRepository;
    private final SegmentRepository segmentRepository;
    private final dev.crmkit.spi.CampaignRepository campaignRepository;
    private final PriceListRepository priceListRepository;
    private final QuoteRepository quoteRepository;
    private final DiscountRepository discountRepository;
    private final OrderRepository orderRepository;
    private final EventOutbox outbox;

    InMemoryUnitOfWork(TenantPartition data, TransactionMode mode) {
        this.data = data;
        this.mode = mode;
        // The repositories read the partition through this unit of work: build them once it is set.
        this.tenantRepository = new InMemoryTenants(this);
        this.userRepository = new InMemoryUsers(this);
        this.catalogRepository = new InMemoryCatalog(this);
        this.accountRepository = new InMemoryAccounts(this);
        this.contactRepository = new InMemoryContacts(this);
        this.relationshipRepository = new InMemoryRelationships(this);
        this.documentRepository = new InMemoryDocuments(this);
        this.timelineRepository = new InMemoryTimeline(this);
        this.pipelineRepository = new InMemoryPipelines(this);
        this.cardRepository = new InMemoryCards(this);
        this.pipelineHistoryRepository = new InMemoryPipelineHistory(this);
        this.savedFilterRepository = new InMemorySavedFilters(this);
        this.agendaRepository = new InMemoryAgenda(this);
        this.productRepository = new InMemoryProducts(this);
        this.caseRepository = new InMemoryCases(this);
        this.consentRepository = new InMemoryConsents(this);
        this.messageRepository = new InMemoryMessages(this);
        this.segmentRepository = new InMemorySegments(this);
        this.campaignRepository = new InMemoryCampaigns(this);
        this.priceListRepository = new InMemoryPriceLists(this);
        this.quoteRepository = new InMemoryQuotes(this);
        this.discountRepository = new InMemoryDiscounts(this);
        this.orderRepository = new InMemoryOrders(this);
        this.outbox = new InMemoryOutbox(this);
    }

    @Override
    public TenantId tenantId() {
        return data.tenantId;
    }

    @Override
    public TransactionMode mode() {
        return mode;
    }

    @Override
    public TenantRepository tenant() {
        return tenantRepository;
    }

    @Override
    public UserRepository users() {
        return userRepository;
    }

    @Override
    public CatalogRepository catalog() {
        return catalogRepository;
    }

    @Override
    public AccountRepository accounts() {
        return accountRepository;
    }

    @Override
    public ContactRepository contacts() {
        return contactRepository;
    }

    @Override
    public RelationshipRepository relationships() {
        return relationshipRepository;
    }

    @Override
    public DocumentRepository documents() {
        return documentRepository;
    }

    @Override
    public TimelineRepository timeline() {
        return timelineRepository;
    }

    @Override
    public PipelineRepository pipelines() {
        return pipelineRepository;
    }

    @Override
    public CardRepository cards() {
        return cardRepository;
    }

    @Override
    public PipelineHistoryRepository pipelineHistory() {
        return pipelineHistoryRepository;
    }

    @Override
    public SavedFilterRepository savedFilters() {
        return savedFilterRepository;
    }

    @Override
    public AgendaRepository agenda() {
        return agendaRepository;
    }

    @Override
    public ConsentRepository consents() {
        return consentRepository;
    }

    @Override
    public MessageRepository messages() {
        return messageRepository;
    }

    @Override
    public CaseRepository cases() {
        return caseRepository;
    }

    @Override
    public DiscountRepository discounts() {
        return discountRepository;
    }

    @Override
    public SegmentRepository segments() {
        return segmentRepository;
    }

    @Override
    public dev.crmkit.spi.CampaignRepository campaigns() {
        return campaignRepository;
    }

    @Override
    public ProductRepository products() {
        return productRepository;
    }

    @Override
    public PriceListRepository priceLists() {
        return priceListRepository;
    }

    @Override
    public QuoteRepository quotes() {
        return quoteRepository;
    }

    @Override
    public OrderRepository orders() {
        return orderRepository;
    }

    @Override
    public EventOutbox outbox() {
        return outbox;
    }

    @Override
    public void onRollback(Runnable action) {
        undo.push(action);
    }

    boolean wrote() {
        return !undo.isEmpty();
    }

    /** Undoes every write, newest first. Safe to call twice. */
    void rollback() {
        while (!undo.isEmpty()) {
            undo.pop().run();
        }
    }

    /** The journal of a write; refuses writes in a read-only unit of work. */
    Journal writable() {
        if (mode != TransactionMode.READ_WRITE) {
            throw new StoreException("write in a read-only unit of work", null);
        }
        return this;
    }

    /** Stores a new immutable aggregate at its first version. */
    <K, V> V insert(Table<K, V> table, Function<Version, V> at) {
        V stored = at.apply(Version.FIRST);
        table.insert(stored, writable());
        return stored;
    }

    /** Stores an immutable aggregate if the stored version is the one it was loaded with. */
    <K, V> V update(Table<K, V> table, String entity, K id, Version loaded, Function<V, Version> versionOf,
            Function<Version, V> at) {
        Journal journal = writable();
        V current = table.get(id).orElseThrow(() -> new NotFoundException(entity, "id", id));
        if (!versionOf.apply(current).equals(loaded)) {
            throw ConflictException.staleVersion(entity, id, loaded, versionOf.apply(current));
        }
        V stored = at.apply(loaded.next());
        table.replace(stored, journal);
        return stored;
    }

    /** Deletes an aggregate if the stored version is the one it was loaded with. */
    <K, V> void delete(Table<K, V> table, String entity, K id, Version loaded, Function<V, Version> versionOf) {
        Journal journal = writable();
        V current = table.get(id).orElseThrow(() -> new NotFoundException(entity, "id", id));
        if (!versionOf.apply(current).equals(loaded)) {
            throw ConflictException.staleVersion(entity, id, loaded, versionOf.apply(current));
        }
        table.delete(id, journal);
    }
}
