package dev.crmkit.jpa;

import dev.crmkit.common.CrmException;
import dev.crmkit.common.EventId;
import dev.crmkit.common.TenantId;
import dev.crmkit.event.DomainEvent;
import dev.crmkit.spi.CrmStore;
import dev.crmkit.spi.TransactionMode;
import dev.crmkit.spi.UnitOfWork;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;
import dev.crmkit.common.StoreException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;
import java.util.Locale;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.hibernate.FlushMode;
import org.hibernate.Session;
import org.hibernate.dialect.PostgreSQLDialect;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.SessionFactory;

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
 * unit of work's events go to an outbox table in the same transaction.
 */
public final class JpaCrmStore implements CrmStore {

    /** The Flyway history table of CRM Kit's migrations, apart from the host's own. */
    public static final String SCHEMA_HISTORY_TABLE = "crmkit_schema_history";

    /** Where the migrations are, one folder per database: {@code postgresql}, {@code h2}. */
    public static final String MIGRATIONS = "classpath:db/migration/crmkit/";

    private final EntityManagerFactory emf;
    private final boolean ownsFactory;
    private final Json json = new Json();
    private final boolean postgres;

    private JpaCrmStore(EntityManagerFactory emf, boolean ownsFactory) {
        this.emf = Objects.requireNonNull(emf, "emf");
        this.ownsFactory = ownsFactory;
        this.postgres = emf.unwrap(SessionFactoryImplementor.class).getJdbcServices().getDialect() instanceof PostgreSQLDialect;
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
        try {
            return new JpaCrmStore(Hibernate.entityManagerFactory(dataSource), true);
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
        return new JpaCrmStore(emf, false);
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
        FreshRows fresh = new FreshRows();
        // Read-only sessions keep no snapshots and never flush: a reader cannot write by accident.
        Session em = emf.unwrap(SessionFactory.class).withOptions()
                .interceptor(fresh)
                .readOnly(mode == TransactionMode.READ_ONLY)
                .openSession();
        // The unit of work flushes itself, before a query when it has unwritten rows (see JpaUnitOfWork.em()).
        em.setHibernateFlushMode(FlushMode.MANUAL);
        try {
            EntityTransaction tx = em.getTransaction();
            tx.begin();
            T result;
            try {
                result = work.apply(new JpaUnitOfWork(em, fresh, tenantId, mode, json, postgres));
                if (mode == TransactionMode.READ_WRITE) {
                    em.flush();
                }
            } catch (RuntimeException | Error e) {
                rollbackQuietly(tx, e);
                throw translateUnlessOwn(e);
            }
            try {
                if (mode == TransactionMode.READ_ONLY) {
                    tx.rollback();
                } else {
                    tx.commit();
                }
            } catch (RuntimeException e) {
                rollbackQuietly(tx, e);
                throw Errors.translate(e);
            }
            return result;
        } finally {
            em.close();
        }
    }

    /** The work's own exceptions propagate unchanged; the persistence layer's are translated. */
    private static RuntimeException translateUnlessOwn(Throwable e) {
        if (e instanceof Error error) {
            throw error;
        }
        RuntimeException runtime = (RuntimeException) e;
        if (runtime instanceof CrmException || !Hibernate.isPersistenceFailure(runtime)) {
            return runtime;
        }
        return Errors.translate(runtime);
    }

    private static void rollbackQuietly(EntityTransaction tx, Throwable failure) {
        try {
            if (tx.isActive()) {
                tx.rollback();
            }
        } catch (RuntimeException rollbackFailure) {
            failure.addSuppressed(rollbackFailure);
        }
    }

    @Override
    public List<DomainEvent> unpublishedEvents(int limit) {
        return inStoreTransaction(em -> em.createQuery("select o.payload from OutboxEvent o order by o.seq", String.class)
                .setMaxResults(limit)
                .getResultList().stream().map(json::readEvent).toList());
    }

    @Override
    public void markPublished(Collection<EventId> eventIds) {
        if (eventIds.isEmpty()) {
            return;
        }
        List<UUID> ids = eventIds.stream().map(EventId::value).distinct().toList();
        inStoreTransaction(em -> em.createQuery("delete from OutboxEvent o where o.eventId in :ids")
                .setParameter("ids", ids)
                .executeUpdate());
    }

    /** A transaction across tenants, for the relay only. */
    private <T> T inStoreTransaction(Function<EntityManager, T> work) {
        EntityManager em = emf.createEntityManager();
        try {
            EntityTransaction tx = em.getTransaction();
            tx.begin();
            try {
                T result = work.apply(em);
                tx.commit();
                return result;
            } catch (RuntimeException e) {
                rollbackQuietly(tx, e);
                throw Errors.translate(e);
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
