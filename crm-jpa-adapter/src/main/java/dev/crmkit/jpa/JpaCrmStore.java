package dev.crmkit.jpa;

import dev.crmkit.common.ConflictException;
import dev.crmkit.common.CrmException;
import dev.crmkit.common.TenantId;
import dev.crmkit.spi.CrmStore;
import dev.crmkit.spi.OutboxBacklog;
import dev.crmkit.spi.TransactionMode;
import dev.crmkit.spi.UnitOfWork;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceException;
import dev.crmkit.common.StoreException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.time.Instant;
import java.util.Locale;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.hibernate.FlushMode;
import org.hibernate.Session;
import org.hibernate.dialect.PostgreSQLDialect;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.SessionFactory;
import org.hibernate.Transaction;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.engine.jdbc.connections.spi.ConnectionProvider;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * CRM Kit's store on a relational database through Jakarta Persistence (Hibernate ORM): PostgreSQL, or H2 for
 * embedded use and tests.
 *
 * <pre>{@code
 * JpaCrmStore.migrate(dataSource);                        // Flyway: creates or upgrades the schema
 * try (JpaCrmStore store = JpaCrmStore.fromDataSource(dataSource)) {
 *     Crm crm = Crm.builder().store(store).build();
 *     ...
 * }
 * }</pre>
 *
 * <p>Each unit of work is one entity manager and one resource-local transaction. Optimistic locking
 * (a {@code @Version} on every aggregate) turns a concurrent write into the core's conflict error, and the
 * unit of work's events go to an outbox table in the same transaction. Every statement pins the unit of work's
 * tenant ({@code tenant_id = ?}), the event relay's included; the one exception is {@link #outboxBacklog}, the
 * scheduled sweep's read across tenants. A store made with {@link HostTransactions}
 * joins the host's transaction instead, when the calling thread holds one on the same database: its session runs on
 * the host's connection, flushes without committing, and leaves the commit (or the rollback) to the host.
 *
 * <p>Creating a store checks the Hibernate ORM on the class path: an unsupported version is refused with a
 * {@link StoreException} naming the version found and the supported ones.
 */
public final class JpaCrmStore implements CrmStore {

    /** The Flyway history table of CRM Kit's migrations, apart from the host's own. */
    public static final String SCHEMA_HISTORY_TABLE = "crmkit_schema_history";

    /**
     * Where the migrations are, one folder per database: {@code postgresql}, {@code h2}. Outside
     * {@code db/migration}, so a host's own Flyway (Spring Boot's, scanning {@code classpath:db/migration}
     * recursively) never finds them; a database migrated when they lived in {@code db/migration/crmkit} upgrades
     * from here as it is (Flyway's history records a script's name and checksum, not its folder).
     */
    public static final String MIGRATIONS = "classpath:dev/crmkit/jpa/migration/";

    /** What a unit of work in which a statement failed reports (the statement's own error may have been caught). */
    private static final String FAILED_STATEMENT = "a statement of the unit of work failed, and its transaction was rolled back";

    private static final Logger LOG = LoggerFactory.getLogger(JpaCrmStore.class);

    private final EntityManagerFactory emf;
    private final boolean ownsFactory;
    private final HostTransactions hostTransactions;
    private final Json json = new Json();
    private final boolean postgres;
    private volatile boolean keepDriverExceptions;
    /** Whether the database's transactions are read committed or looser; null until the first reader asks. */
    private volatile Boolean readCommitted;

    private JpaCrmStore(EntityManagerFactory emf, boolean ownsFactory, HostTransactions hostTransactions) {
        this.emf = Objects.requireNonNull(emf, "emf");
        this.ownsFactory = ownsFactory;
        this.hostTransactions = Objects.requireNonNull(hostTransactions, "hostTransactions");
        SessionFactoryImplementor factory = emf.unwrap(SessionFactoryImplementor.class);
        this.postgres = factory.getJdbcServices().getDialect() instanceof PostgreSQLDialect;
        if (hostTransactions != HostTransactions.NONE && !factory.getSessionFactoryOptions().isAllowOutOfTransactionUpdateOperations()) {
            // A session on the host's connection flushes outside a transaction of Hibernate's own.
            throw new StoreException("an entity manager factory that joins host transactions needs "
                    + AvailableSettings.ALLOW_UPDATE_OUTSIDE_TRANSACTION + "=true", null);
        }
    }

    /**
     * A store on a data source: the adapter builds and owns its Hibernate {@link EntityManagerFactory} (no
     * {@code persistence.xml}), which validates the mapping against the schema {@link #migrate} created.
     *
     * @param dataSource the database (PostgreSQL or H2)
     * @return the store; close it to release Hibernate
     * @throws StoreException when Hibernate cannot start, a schema that does not match the mapping included
     */
    public static JpaCrmStore fromDataSource(DataSource dataSource) {
        return fromDataSource(dataSource, HostTransactions.NONE);
    }

    /**
     * A store on a data source, as {@link #fromDataSource(DataSource)}, that joins the host's transaction on that
     * data source when the calling thread holds one.
     *
     * @param dataSource the database (PostgreSQL or H2)
     * @param hostTransactions how to find the host's transaction
     * @return the store; close it to release Hibernate
     * @throws StoreException when Hibernate cannot start, a schema that does not match the mapping or an unsupported
     *     Hibernate version included
     */
    public static JpaCrmStore fromDataSource(DataSource dataSource, HostTransactions hostTransactions) {
        HibernateVersion.check();
        try {
            return new JpaCrmStore(Hibernate.entityManagerFactory(dataSource), true, hostTransactions);
        } catch (RuntimeException e) {
            // Typically the schema validation: the database's tables are not the ones the mapping expects.
            Throwable root = e;
            while (root.getCause() != null) {
                root = root.getCause();
            }
            throw new StoreException("cannot start Hibernate on the data source: " + root.getMessage(), e);
        }
    }

    /**
     * A store on the host's own entity manager factory (a Spring host's, say), which must manage the classes
     * of {@link #entityClassNames()} and use resource-local transactions. The host keeps owning the factory.
     *
     * @param emf the host's factory
     * @return the store
     */
    public static JpaCrmStore fromEntityManagerFactory(EntityManagerFactory emf) {
        return fromEntityManagerFactory(emf, HostTransactions.NONE);
    }

    /**
     * A store on the host's own entity manager factory, as {@link #fromEntityManagerFactory(EntityManagerFactory)},
     * that joins the host's transaction when the calling thread holds one. The factory must allow a flush outside a
     * transaction of its own ({@code hibernate.allow_update_outside_transaction=true}): the store's session runs on the
     * host's connection, inside the host's transaction, not one Hibernate began.
     *
     * @param emf the host's factory
     * @param hostTransactions how to find the host's transaction
     * @return the store
     * @throws StoreException when the Hibernate version is not supported, or the factory does not allow that flush
     */
    public static JpaCrmStore fromEntityManagerFactory(EntityManagerFactory emf, HostTransactions hostTransactions) {
        HibernateVersion.check();
        return new JpaCrmStore(emf, false, hostTransactions);
    }

    /**
     * Whether the errors the store raises keep the persistence layer's exception as their cause. By default they do
     * not: a driver's exception carries the statement's SQL and, for a violated key, the values that collided (a legal
     * name, a tax id), personal data a host's error reports and logs must not receive by accident. The store logs
     * the SQLState and the constraint's name of each failure instead. A host that wants the raw exception (for its
     * own diagnostics) turns this on before it hands the store to {@code Crm.builder()}.
     *
     * @param keep whether to keep the driver's exception as the cause
     * @return this store
     */
    public JpaCrmStore keepDriverExceptions(boolean keep) {
        this.keepDriverExceptions = keep;
        return this;
    }

    /**
     * The adapter's entity classes, for a host that builds its own factory (Spring's
     * {@code LocalContainerEntityManagerFactoryBean.setPackagesToScan("dev.crmkit.jpa")} finds them too).
     *
     * @return the fully qualified class names
     */
    public static List<String> entityClassNames() {
        return Hibernate.ENTITIES.stream().map(Class::getName).toList();
    }

    /**
     * Creates or upgrades CRM Kit's tables with Flyway, from the migrations for the data source's database,
     * recording them in {@link #SCHEMA_HISTORY_TABLE}. Safe to run at every start.
     *
     * @param dataSource the database
     * @throws StoreException when a migration fails or the database is neither PostgreSQL nor H2
     */
    public static void migrate(DataSource dataSource) {
        try {
            flyway(dataSource).migrate();
        } catch (FlywayException e) {
            throw new StoreException("migration failed: " + e.getMessage(), e);
        }
    }

    /** The Flyway of CRM Kit's migrations on a database (tests take it to stop at an earlier version). */
    static Flyway flyway(DataSource dataSource) {
        return Flyway.configure()
                .dataSource(dataSource)
                .locations(MIGRATIONS + vendorOf(dataSource))
                .table(SCHEMA_HISTORY_TABLE)
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load();
    }

    /** The migrations folder of a database: CRM Kit supports PostgreSQL and H2. */
    private static String vendorOf(DataSource dataSource) {
        String product;
        try (Connection connection = dataSource.getConnection()) {
            product = connection.getMetaData().getDatabaseProductName();
        } catch (SQLException e) {
            throw new StoreException("cannot read the database's product name", e);
        }
        String lower = product.toLowerCase(Locale.ROOT);
        if (lower.contains("postgres")) {
            return "postgresql";
        }
        if (lower.equals("h2")) {
            return "h2";
        }
        throw new StoreException("unsupported database " + product + ": CRM Kit's migrations are for PostgreSQL and H2", null);
    }

    @Override
    public <T> T inTransaction(TenantId tenantId, TransactionMode mode, Function<UnitOfWork, T> work) {
        Objects.requireNonNull(tenantId, "tenantId");
        Optional<HostTransactions.Joined> host = hostTransactions.current();
        if (host.isPresent()) {
            return inHostTransaction(host.get(), tenantId, mode, work);
        }
        if (mode == TransactionMode.READ_ONLY) {
            Connection reader = readerConnection();
            if (reader != null) {
                return readOutsideTransaction(reader, tenantId, work);
            }
        }
        FreshRows fresh = new FreshRows();
        Session em = session(fresh, mode, null);
        try {
            Transaction tx = em.getTransaction();
            tx.begin();
            Outcome outcome = Outcome.of(tx);
            T result;
            JpaUnitOfWork uow = new JpaUnitOfWork(em, fresh, tenantId, mode, json, postgres, null, keepDriverExceptions);
            try {
                result = work.apply(uow);
                if (mode == TransactionMode.READ_WRITE) {
                    em.flush();
                }
                requireHealthy(tx, uow.statementFailed());
            } catch (RuntimeException | Error e) {
                boolean failedStatement = uow.statementFailed() || tx.isActive() && tx.getRollbackOnly();
                rollbackQuietly(tx, e);
                throw translateUnlessOwn(e, failedStatement);
            }
            try {
                if (mode == TransactionMode.READ_ONLY) {
                    tx.rollback();
                } else {
                    tx.commit();
                    outcome.requireCommitted();
                }
            } catch (RuntimeException e) {
                rollbackQuietly(tx, e);
                throw Errors.translate(e, keepDriverExceptions);
            }
            return result;
        } finally {
            em.close();
        }
    }

    /**
     * A Hibernate session for a unit of work: on the given connection (a host's, a reader's) or on one of its own.
     * Read-only sessions keep no snapshots and never flush, so a reader cannot write by accident; the unit of work
     * flushes itself, before a query when it has unwritten rows (see {@code JpaUnitOfWork.em()}).
     */
    private Session session(FreshRows fresh, TransactionMode mode, Connection connection) {
        var options = emf.unwrap(SessionFactory.class).withOptions()
                .interceptor(fresh)
                .readOnly(mode == TransactionMode.READ_ONLY);
        Session em = (connection == null ? options : options.connection(connection)).openSession();
        em.setHibernateFlushMode(FlushMode.MANUAL);
        return em;
    }

    private ConnectionProvider connections() {
        return emf.unwrap(SessionFactoryImplementor.class).getServiceRegistry().requireService(ConnectionProvider.class);
    }

    /**
     * A connection for a reader to use without a transaction, or null (the connection given back) when it is not in
     * auto-commit mode or the database's isolation is stricter than read committed: the reader then runs in a
     * transaction, as a writer does.
     */
    private Connection readerConnection() {
        Connection connection;
        try {
            connection = connections().getConnection();
        } catch (SQLException e) {
            throw Errors.translate(new PersistenceException("cannot take a connection", e), keepDriverExceptions);
        }
        boolean usable = false;
        try {
            usable = connection.getAutoCommit() && readCommitted(connection);
            return usable ? connection : null;
        } catch (SQLException e) {
            throw Errors.translate(new PersistenceException("cannot read a connection's settings", e), keepDriverExceptions);
        } finally {
            if (!usable) {
                giveBack(connection);
            }
        }
    }

    private void giveBack(Connection connection) {
        try {
            connections().closeConnection(connection);
        } catch (SQLException e) {
            LOG.warn("A reader's connection could not be given back to its pool", e);
        }
    }

    /**
     * A reader's unit of work on a connection in auto-commit mode ({@link #readerConnection}), without a transaction
     * of its own. Under read committed every statement sees what was committed before it started, inside a transaction
     * or outside one, so a reader's transaction gave it nothing but its end: a round trip to the database after its
     * last statement (the PostgreSQL driver sends the begin with the first one), the event relay's read after every
     * write among them.
     */
    private <T> T readOutsideTransaction(Connection connection, TenantId tenantId, Function<UnitOfWork, T> work) {
        FreshRows fresh = new FreshRows();
        Session em = session(fresh, TransactionMode.READ_ONLY, connection);
        try {
            JpaUnitOfWork uow = new JpaUnitOfWork(em, fresh, tenantId, TransactionMode.READ_ONLY, json, postgres, null,
                    keepDriverExceptions);
            T result;
            try {
                result = work.apply(uow);
            } catch (RuntimeException | Error e) {
                throw translateUnlessOwn(e, uow.statementFailed());
            }
            if (uow.statementFailed()) {
                // A failed read the work caught: what it answers may lack what that read would have found.
                throw new StoreException(FAILED_STATEMENT, null);
            }
            return result;
        } finally {
            em.close();
            giveBack(connection);
        }
    }

    /**
     * Whether the database's transactions are read committed (or looser), asked once: the answer is the data
     * source's, the same for every connection of it.
     */
    private boolean readCommitted(Connection connection) throws SQLException {
        Boolean known = readCommitted;
        if (known == null) {
            known = connection.getTransactionIsolation() <= Connection.TRANSACTION_READ_COMMITTED;
            readCommitted = known;
        }
        return known;
    }

    /**
     * Runs work on the host's connection, in the host's transaction: a session of its own on that connection, flushed
     * but never committed. A savepoint keeps the call all-or-nothing: when the work fails, its writes are rolled back
     * to it and the host's transaction goes on as it was.
     */
    private <T> T inHostTransaction(HostTransactions.Joined host, TenantId tenantId, TransactionMode mode,
            Function<UnitOfWork, T> work) {
        Connection connection = host.connection();
        FreshRows fresh = new FreshRows();
        Session em = session(fresh, mode, connection);
        try {
            Savepoint savepoint = mode == TransactionMode.READ_WRITE ? savepoint(connection) : null;
            JpaUnitOfWork uow = new JpaUnitOfWork(em, fresh, tenantId, mode, json, postgres, host, keepDriverExceptions);
            try {
                T result = work.apply(uow);
                if (savepoint != null) {
                    em.flush();
                }
                // A statement that failed aborted the host's transaction on PostgreSQL: the host must hear of it.
                if (uow.statementFailed()) {
                    throw new StoreException(FAILED_STATEMENT, null);
                }
                if (savepoint != null) {
                    connection.releaseSavepoint(savepoint);
                }
                return result;
            } catch (RuntimeException | Error e) {
                if (savepoint != null) {
                    rollbackQuietly(connection, savepoint, e);
                }
                throw translateUnlessOwn(e, uow.statementFailed());
            }
        } catch (SQLException e) {
            throw new StoreException("the host's connection failed (SQLState " + e.getSQLState() + ")", keepDriverExceptions ? e : null);
        } finally {
            em.close();
        }
    }

    private static Savepoint savepoint(Connection connection) throws SQLException {
        return connection.setSavepoint();
    }

    private static void rollbackQuietly(Connection connection, Savepoint savepoint, Throwable failure) {
        try {
            connection.rollback(savepoint);
        } catch (SQLException rollbackFailure) {
            failure.addSuppressed(rollbackFailure);
        }
    }

    /**
     * Refuses to commit a transaction in which a statement failed (Hibernate marked it rollback-only, or the unit of
     * work saw a statement fail) and the failure was caught on its way up: its commit would roll back without a word
     * (Hibernate's for a rollback-only transaction, PostgreSQL's for an aborted one), and the use case would report a
     * change that was never stored.
     */
    private static void requireHealthy(Transaction tx, boolean statementFailed) {
        if (statementFailed || tx.getRollbackOnly()) {
            throw new StoreException(FAILED_STATEMENT, null);
        }
    }

    /**
     * How a transaction ended, as Hibernate reports it to its synchronizations: a commit that returned normally is not
     * proof that it committed (Hibernate's commit of a rollback-only transaction rolls back and returns).
     */
    private static final class Outcome implements Synchronization {

        private volatile int status = Status.STATUS_UNKNOWN;

        static Outcome of(Transaction tx) {
            Outcome outcome = new Outcome();
            tx.registerSynchronization(outcome);
            return outcome;
        }

        @Override
        public void beforeCompletion() {}

        @Override
        public void afterCompletion(int completed) {
            status = completed;
        }

        void requireCommitted() {
            if (status != Status.STATUS_COMMITTED) {
                throw new StoreException("the transaction did not commit (status " + status + ")", null);
            }
        }
    }

    /**
     * The work's own exceptions propagate unchanged and the persistence layer's are translated, except that an
     * answer about the data (not found, invalid, refused) given while the transaction was marked rollback-only is a
     * consequence of a failed statement, not the truth: the store failed.
     */
    private RuntimeException translateUnlessOwn(Throwable e, boolean failedStatement) {
        if (e instanceof Error error) {
            throw error;
        }
        RuntimeException runtime = (RuntimeException) e;
        if (runtime instanceof CrmException crm) {
            return !failedStatement || crm instanceof StoreException || crm instanceof ConflictException ? crm
                    : new StoreException(FAILED_STATEMENT, null);
        }
        if (!Hibernate.isPersistenceFailure(runtime)) {
            return runtime;
        }
        return Errors.translate(runtime, keepDriverExceptions);
    }

    private static void rollbackQuietly(Transaction tx, Throwable failure) {
        try {
            if (tx.isActive()) {
                tx.rollback();
            }
        } catch (RuntimeException rollbackFailure) {
            failure.addSuppressed(rollbackFailure);
        }
    }

    @Override
    public List<OutboxBacklog> outboxBacklog(Instant now) {
        Session em = emf.unwrap(SessionFactory.class).openSession();
        try {
            Transaction tx = em.getTransaction();
            tx.begin();
            try {
                List<OutboxBacklog> backlog = em.unwrap(Session.class).doReturningWork(c -> JpaOutbox.sweep(c, now));
                tx.rollback();
                return backlog;
            } catch (RuntimeException e) {
                rollbackQuietly(tx, e);
                throw Errors.translate(e, keepDriverExceptions);
            }
        } finally {
            em.close();
        }
    }

    /** Closes the entity manager factory, if the store built it. */
    @Override
    public void close() {
        if (ownsFactory && emf.isOpen()) {
            emf.close();
        }
    }
}
