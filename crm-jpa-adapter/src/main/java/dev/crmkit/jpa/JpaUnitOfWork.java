package dev.crmkit.jpa;

import dev.crmkit.common.ConflictException;
import dev.crmkit.common.NotFoundException;
import dev.crmkit.common.StoreException;
import dev.crmkit.common.TenantId;
import dev.crmkit.common.UserId;
import dev.crmkit.common.Version;
import dev.crmkit.spi.AccountRepository;
import dev.crmkit.spi.AgendaRepository;
import dev.crmkit.spi.CardRepository;
import dev.crmkit.spi.CatalogRepository;
import dev.crmkit.spi.ContactRepository;
import dev.crmkit.spi.DocumentRepository;
import dev.crmkit.spi.EventOutbox;
import dev.crmkit.spi.HostTransaction;
import dev.crmkit.spi.PipelineHistoryRepository;
import dev.crmkit.spi.PipelineRepository;
import dev.crmkit.spi.PriceListRepository;
import dev.crmkit.spi.CaseRepository;
import dev.crmkit.spi.ConsentRepository;
import dev.crmkit.spi.MessageRepository;
import dev.crmkit.spi.SegmentRepository;
import dev.crmkit.spi.ProductRepository;
import dev.crmkit.spi.DiscountRepository;
import dev.crmkit.spi.QuoteRepository;
import dev.crmkit.spi.OrderRepository;
import dev.crmkit.spi.RelationshipRepository;
import dev.crmkit.spi.SavedFilterRepository;
import dev.crmkit.spi.TenantAndUser;
import dev.crmkit.spi.TenantRepository;
import dev.crmkit.spi.TimelineRepository;
import dev.crmkit.spi.TransactionMode;
import dev.crmkit.spi.UnitOfWork;
import dev.crmkit.spi.UserRepository;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FindOption;
import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/** One unit of work: one entity manager, one transaction, one tenant. */
final class JpaUnitOfWork implements UnitOfWork {

    private final EntityManager em;
    final String tenant;
    final Json json;
    private final FreshRows fresh;
    private final TenantId tenantId;
    private final TransactionMode mode;
    private final boolean postgres;
    private final boolean keepDriverExceptions;
    /** Whether a statement failed (see {@link #watched}). */
    private boolean statementFailed;

    /** The pipelines whose rows this unit of work locked as it read them, for a card's placement. */
    private final java.util.Set<UUID> placementLocked = new java.util.HashSet<>();
    /** The host's transaction this unit of work joined, or {@code null} when it runs its own. */
    private final HostTransaction host;
    /** Rows persisted or removed but not yet flushed. */
    private boolean pending;

    private final TenantRepository tenants = new JpaTenants(this);
    private final UserRepository users = new JpaUsers(this);
    private final CatalogRepository catalog = new JpaCatalog(this);
    private final AgendaRepository agendaRepository = new JpaAgenda(this);
    private final SavedFilterRepository savedFiltersRepository = new JpaSavedFilters(this);
    private final PipelineHistoryRepository pipelineHistoryRepository = new JpaPipelineHistory(this);
    private final CardRepository cardsRepository = new JpaCards(this);
    private final PipelineRepository pipelinesRepository = new JpaPipelines(this);
    private final TimelineRepository timelineRepository = new JpaTimeline(this);
    private final DocumentRepository documentsRepository = new JpaDocuments(this);
    private final RelationshipRepository relationshipsRepository = new JpaRelationships(this);
    private final ContactRepository contactsRepository = new JpaContacts(this);
    private final AccountRepository accountsRepository = new JpaAccounts(this);
    private final ProductRepository productsRepository = new JpaProducts(this);
    private final QuoteRepository quoteRepository = new JpaQuotes(this);
    private final DiscountRepository discountRepository = new JpaDiscounts(this);
    private final OrderRepository orderRepository = new JpaOrders(this);
    private final CaseRepository casesRepository = new JpaCases(this);
    private final ConsentRepository consentsRepository = new JpaConsents(this);
    private final MessageRepository messagesRepository = new JpaMessages(this);
    private final SegmentRepository segmentsRepository = new JpaSegments(this);
    private final dev.crmkit.spi.CampaignRepository campaignsRepository = new JpaCampaigns(this);
    private final PriceListRepository priceListsRepository = new JpaPriceLists(this);
    private final EventOutbox outbox = new JpaOutbox(this);

    JpaUnitOfWork(EntityManager em, FreshRows fresh, TenantId tenantId, TransactionMode mode, Json json, boolean postgres,
            HostTransaction host, boolean keepDriverExceptions) {
        this.host = host;
        this.postgres = postgres;
        this.keepDriverExceptions = keepDriverExceptions;
        this.em = em;
        this.fresh = fresh;
        this.tenantId = tenantId;
        this.tenant = tenantId.value();
        this.mode = mode;
        this.json = json;
    }

    @Override
    public TenantId tenantId() {
        return tenantId;
    }

    @Override
    public TransactionMode mode() {
        return mode;
    }

    @Override
    public Optional<HostTransaction> hostTransaction() {
        return Optional.ofNullable(host);
    }

    @Override
    public TenantRepository tenant() {
        return tenants;
    }

    /**
     * Both rows in one statement, read with plain JDBC: the tenant's, joined with the user's when the tenant has
     * that user. Every use case starts with it; through JPQL it was a fifth of an account profile's CPU samples.
     */
    @Override
    public TenantAndUser tenantAndUser(UserId userId) {
        List<TenantAndUser> rows = new SqlQuery().append("select t.*, u.tenant_id as u_tenant_id, u.user_id as u_user_id,"
                        + " u.display_name as u_display_name, u.active as u_active, u.team_id as u_team_id, u.scope as u_scope,"
                        + " u.admin as u_admin, u.locale as u_locale, u.created_at as u_created_at, u.version as u_version"
                        + " from crm_tenant t left join crm_user u on u.tenant_id = t.tenant_id and u.user_id = :user"
                        + " where t.tenant_id = :tenant", "tenant", tenant)
                .bind("user", userId.value())
                .rows(this, 0, rs -> new TenantAndUser(Optional.of(TenantEntity.read(rs).toDomain()),
                        rs.getString("u_user_id") == null ? Optional.empty()
                                : Optional.of(UserEntity.read(rs, "u_").toDomain())));
        return rows.isEmpty() ? new TenantAndUser(Optional.empty(), Optional.empty()) : rows.get(0);
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
        return accountsRepository;
    }

    @Override
    public ContactRepository contacts() {
        return contactsRepository;
    }

    @Override
    public RelationshipRepository relationships() {
        return relationshipsRepository;
    }

    @Override
    public DocumentRepository documents() {
        return documentsRepository;
    }

    @Override
    public TimelineRepository timeline() {
        return timelineRepository;
    }

    @Override
    public PipelineRepository pipelines() {
        return pipelinesRepository;
    }

    @Override
    public CardRepository cards() {
        return cardsRepository;
    }

    @Override
    public PipelineHistoryRepository pipelineHistory() {
        return pipelineHistoryRepository;
    }

    @Override
    public SavedFilterRepository savedFilters() {
        return savedFiltersRepository;
    }

    @Override
    public AgendaRepository agenda() {
        return agendaRepository;
    }

    @Override
    public ConsentRepository consents() {
        return consentsRepository;
    }

    @Override
    public MessageRepository messages() {
        return messagesRepository;
    }

    @Override
    public CaseRepository cases() {
        return casesRepository;
    }

    @Override
    public DiscountRepository discounts() {
        return discountRepository;
    }

    @Override
    public SegmentRepository segments() {
        return segmentsRepository;
    }

    @Override
    public dev.crmkit.spi.CampaignRepository campaigns() {
        return campaignsRepository;
    }

    @Override
    public ProductRepository products() {
        return productsRepository;
    }

    @Override
    public PriceListRepository priceLists() {
        return priceListsRepository;
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

    /**
     * The entity manager, for a query or a lookup: rows persisted or removed since the last flush are written
     * first, so the query sees them. The session's flush mode is {@code MANUAL}: Hibernate's automatic flush
     * before a query would dirty-check every managed row each time, which made a unit of work that reads
     * thousands of rows (an import checking each row's references) quadratic.
     */
    EntityManager em() {
        if (pending) {
            flush();
        }
        return em;
    }

    /** Whether the database is PostgreSQL (some statements have a form of their own there). */
    /** Notes that a pipeline's row is locked until the commit, read for a card's placement. */
    void lockedForPlacement(UUID pipelineId) {
        placementLocked.add(pipelineId);
    }

    /** @return whether this unit of work locked the pipeline's row as it read it */
    boolean isLockedForPlacement(UUID pipelineId) {
        return placementLocked.contains(pipelineId);
    }

    boolean postgres() {
        return postgres;
    }

    /**
     * The condition "a column is one of some uuids" for a native statement, written for this database
     * ({@link InList#ofUuids}).
     */
    InList uuids(String name, Collection<UUID> ids) {
        return InList.ofUuids(name, ids, postgres);
    }

    /**
     * The row of a key when this unit of work already holds it (no statement is sent), or {@code null}.
     */
    <E> E managed(Class<E> type, Object key) {
        org.hibernate.engine.spi.SharedSessionContractImplementor session =
                em.unwrap(org.hibernate.engine.spi.SharedSessionContractImplementor.class);
        var persister = session.getFactory().getMappingMetamodel().getEntityDescriptor(type);
        Object row = session.getPersistenceContextInternal().getEntity(session.generateEntityKey(key, persister));
        return type.isInstance(row) ? type.cast(row) : null;
    }

    /** Persists a new row carrying its first version (see {@link FreshRows}). */
    void insert(Object row) {
        persist(fresh.add(row));
    }

    /** Persists a new row, written at the next flush: a JDBC batch with the rows persisted next to it. */
    void persist(Object row) {
        writable();
        em.persist(row);
        pending = true;
    }

    /** Binds one row's values to an insert statement. */
    @FunctionalInterface
    interface RowBinder<T> {
        void bind(java.sql.PreparedStatement statement, T row) throws java.sql.SQLException;
    }

    /**
     * Inserts rows now, in one JDBC batch on this unit of work's connection, inside its transaction: for rows Hibernate
     * need not manage (the append-only history, timeline and outbox, and the cards of an import), whose persisting,
     * flush-time dirty checking and action ordering cost several times the statements themselves when they number
     * thousands. Rows persisted through Hibernate before are flushed first, so the statements keep their order. A failing
     * statement is translated like a flush's ({@link #watched}, then the store's boundary).
     *
     * @param sql the insert, one {@code ?} per value
     * @param rows the rows, none for no statement
     * @param binder binds a row's values
     */
    <T> void insertBatch(String sql, java.util.Collection<T> rows, RowBinder<T> binder) {
        writable();
        if (rows.isEmpty()) {
            return;
        }
        EntityManager session = em();
        watched(() -> session.unwrap(org.hibernate.Session.class).doReturningWork(connection -> {
            try (java.sql.PreparedStatement statement = connection.prepareStatement(sql)) {
                for (T row : rows) {
                    binder.bind(statement, row);
                    statement.addBatch();
                }
                return statement.executeBatch();
            }
        }));
    }

    /** Binds the values of one statement. */
    @FunctionalInterface
    interface StatementBinder {
        void bind(java.sql.PreparedStatement statement) throws java.sql.SQLException;
    }

    /**
     * Runs one update or delete now in plain JDBC, on this unit of work's connection and inside its transaction, after
     * the rows persisted through Hibernate (so the statements keep their order); a failure is noted ({@link #watched}).
     *
     * @param sql the statement, one {@code ?} per value
     * @param binder binds its values
     * @return the rows changed
     */
    int execute(String sql, StatementBinder binder) {
        writable();
        EntityManager session = em();
        return watched(() -> session.unwrap(org.hibernate.Session.class).doReturningWork(connection -> {
            try (java.sql.PreparedStatement statement = connection.prepareStatement(sql)) {
                binder.bind(statement);
                return statement.executeUpdate();
            }
        }));
    }

    /** A date as a {@code date} parameter, or a typed null (the drivers cannot infer the type of a bare null). */
    static void setDate(java.sql.PreparedStatement statement, int index, java.time.LocalDate date) throws java.sql.SQLException {
        if (date == null) {
            statement.setNull(index, java.sql.Types.DATE);
        } else {
            statement.setObject(index, date);
        }
    }

    /** An instant as a {@code timestamp with time zone} parameter (the drivers take {@code OffsetDateTime}). */
    static void setInstant(java.sql.PreparedStatement statement, int index, java.time.Instant instant) throws java.sql.SQLException {
        if (instant == null) {
            statement.setNull(index, java.sql.Types.TIMESTAMP_WITH_TIMEZONE);
        } else {
            statement.setObject(index, java.time.OffsetDateTime.ofInstant(instant, java.time.ZoneOffset.UTC));
        }
    }

    /** Removes a managed row, at the next flush. */
    void remove(Object row) {
        writable();
        em.remove(row);
        pending = true;
    }

    /**
     * Finds a row to change: in a read-write unit of work the row is locked until the commit ({@code SELECT ... FOR
     * UPDATE}), so concurrent read-modify-write cycles on one hot aggregate (eight users commenting on one card)
     * queue up instead of failing their version checks round after round. A stale {@code expectedVersion} is still
     * refused by the core, against the freshly read state.
     */
    <E> E rowForChange(Class<E> type, Object key) {
        return mode == TransactionMode.READ_WRITE ? find(type, key, LockModeType.PESSIMISTIC_WRITE) : find(type, key);
    }

    /**
     * A row by its key, or {@code null} when there is none; a failed statement raises its exception. Never through
     * {@code EntityManager.find(Class, Object)} or {@code find(Class, Object, LockModeType)}: when a connection failure
     * occurs in a transaction Hibernate has marked rollback-only, those answer {@code null} (a workaround for a
     * container's behaviour, HHH-12472), which made a record that exists look absent and let the use case go on to a
     * commit that then rolled back silently.
     */
    <E> E find(Class<E> type, Object key, FindOption... options) {
        return watched(() -> em().find(type, key, options));
    }

    /**
     * Runs a statement, noting when it fails: Hibernate marks the transaction rollback-only for the failures of its
     * queries and flushes, but not for those of a plain JDBC read, and on PostgreSQL a failed statement aborts the
     * transaction, whose commit then rolls back without a word. Should anything catch the failure on its way up, the
     * store still refuses to commit ({@link #statementFailed()}).
     */
    <T> T watched(java.util.function.Supplier<T> statement) {
        try {
            return statement.get();
        } catch (RuntimeException e) {
            statementFailed = true;
            throw e;
        }
    }

    /** @return whether a statement of this unit of work failed */
    boolean statementFailed() {
        return statementFailed;
    }

    /** Writes pending changes now, so a unique key or a stale version surfaces inside the work, translated. */
    void flush() {
        pending = false;
        try {
            em.flush();
        } catch (RuntimeException e) {
            statementFailed = true;
            throw Errors.translate(e, keepDriverExceptions);
        }
    }

    /** Refuses writes in a read-only unit of work. */
    void writable() {
        if (mode != TransactionMode.READ_WRITE) {
            throw new StoreException("write in a read-only unit of work", null);
        }
    }

    /**
     * Stores a change of a loaded aggregate row: checks the version the aggregate was loaded with, copies the
     * state, and makes sure the version moves on by exactly one (Hibernate increments it only for a dirty row,
     * so an unchanged one is forced), written at once.
     *
     * @param row the managed row, or {@code null} when it does not exist
     * @param loaded the version the aggregate was loaded with
     * @param unchanged whether the aggregate equals the stored row
     * @param apply copies the aggregate's state into the row
     * @return the next version
     */
    <E> Version update(E row, String entity, Object id, Version loaded, Function<E, Long> versionOf, boolean unchanged,
            java.util.function.Consumer<E> apply) {
        writable();
        if (row == null) {
            throw new NotFoundException(entity, "id", id);
        }
        Version stored = Version.of(versionOf.apply(row));
        if (!stored.equals(loaded)) {
            throw ConflictException.staleVersion(entity, id, loaded, stored);
        }
        if (unchanged) {
            // Nothing for Hibernate to write, yet the version must move on: increment it now.
            em.lock(row, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        } else {
            apply.accept(row);
        }
        // Write now, so the row's version is the new one should the unit of work change the aggregate again.
        flush();
        return loaded.next();
    }

    /**
     * The clause that ends a plain-JDBC read of a row to change ({@link HeldRows}): in a read-write unit of work the row
     * is locked until the commit, as {@link #rowForChange} locks a managed one (on PostgreSQL without blocking the
     * inserts of rows that reference it); none in a read-only one.
     *
     * @param alias the alias of the row's table in the statement
     */
    String lockForChange(String alias) {
        return mode != TransactionMode.READ_WRITE ? "" : postgres ? " for no key update of " + alias : " for update";
    }

    /**
     * Stores the change of a row this unit of work read in plain JDBC under a lock ({@link HeldRows}): checks the
     * version the aggregate was loaded with against the one held, then runs the update, which moves the version on by
     * one on the condition that the row is still at the loaded one.
     *
     * @param entity the kind of record, for the conflict's message
     * @param id its id
     * @param held the version of the row as held
     * @param loaded the version the aggregate was loaded with
     * @param sql the update
     * @param binder binds its values
     * @return the next version
     */
    Version updateHeld(String entity, Object id, Version held, Version loaded, String sql, StatementBinder binder) {
        writable();
        if (!held.equals(loaded)) {
            throw ConflictException.staleVersion(entity, id, loaded, held);
        }
        if (execute(sql, binder) != 1) {
            // The row is locked since it was read and only its repository writes it: nothing else can have moved it.
            throw new StoreException(entity + " " + id + " was not at version " + loaded + " under its lock", null);
        }
        return loaded.next();
    }

    /** Deletes a row if it is at the version the aggregate was loaded with. */
    <E> void delete(E row, String entity, Object id, Version loaded, Function<E, Long> versionOf) {
        writable();
        if (row == null) {
            throw new NotFoundException(entity, "id", id);
        }
        Version stored = Version.of(versionOf.apply(row));
        if (!stored.equals(loaded)) {
            throw ConflictException.staleVersion(entity, id, loaded, stored);
        }
        remove(row);
    }
}
