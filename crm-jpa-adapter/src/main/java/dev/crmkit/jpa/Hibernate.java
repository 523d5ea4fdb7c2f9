package dev.crmkit.jpa;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceException;
import java.util.List;
import javax.sql.DataSource;
import org.hibernate.HibernateException;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.jpa.HibernatePersistenceConfiguration;

/** The adapter's Hibernate, built in code: the host needs no {@code persistence.xml}. */
final class Hibernate {

    /** Every entity of the mapping. */
    static final List<Class<?>> ENTITIES = List.of(
            TenantEntity.class,
            UserEntity.class,
            CatalogEntryEntity.class,
            OutboxEntity.class,
            AccountEntity.class,
            ContactEntity.class,
            RelationshipEntity.class,
            DocumentEntity.class,
            TimelineEntity.class,
            PipelineEntity.class,
            CardEntity.class,
            HistoryEntity.class,
            SavedFilterEntity.class,
            AgendaEntryEntity.class,
            AgendaSettingsEntity.class,
            ProductEntity.class,
            PriceListEntity.class,
            ProductPriceEntity.class,
            QuoteEntity.class,
            QuoteRevisionEntity.class,
            OrderEntity.class,
            CaseEntity.class,
            SegmentEntity.class,
            CaseHistoryEntity.class,
            SurveyEntity.class,
            DiscountPolicyEntity.class,
            DiscountLimitEntity.class);

    private Hibernate() {}

    static EntityManagerFactory entityManagerFactory(DataSource dataSource) {
        HibernatePersistenceConfiguration configuration = new HibernatePersistenceConfiguration("crmkit")
                .managedClasses(ENTITIES)
                .property(AvailableSettings.JAKARTA_NON_JTA_DATASOURCE, dataSource)
                // The migrations own the schema; a mapping that drifts from them fails at start.
                .property(AvailableSettings.HBM2DDL_AUTO, "validate")
                // Inserts and updates of one unit of work go in JDBC batches, grouped by table, of up to 10,000 rows
                // (the most rows of an import): an import writes each of its tables in one round trip, its history
                // (a row per field of each card) in one per 10,000 rows.
                .property(AvailableSettings.STATEMENT_BATCH_SIZE, 10_000)
                .property(AvailableSettings.ORDER_INSERTS, true)
                .property(AvailableSettings.ORDER_UPDATES, true)
                .property(AvailableSettings.IN_CLAUSE_PARAMETER_PADDING, true)
                .property(AvailableSettings.QUERY_PLAN_CACHE_MAX_SIZE, 512)
                .property(AvailableSettings.SHOW_SQL, false)
                // A unit of work that joined the host's transaction flushes on the host's connection, in a transaction
                // Hibernate did not begin; the store's own units of work always run in one of Hibernate's.
                .property(AvailableSettings.ALLOW_UPDATE_OUTSIDE_TRANSACTION, true)
                // java.time values go to the driver as they are: through java.sql.Timestamp a local date-time in a
                // daylight-saving gap of the JVM's zone (not the tenant's) would move by an hour.
                .property(AvailableSettings.JAVA_TIME_USE_DIRECT_JDBC, true);
        return configuration.createEntityManagerFactory();
    }

    /** Whether an exception comes from the persistence layer (and must be translated before it leaves). */
    static boolean isPersistenceFailure(RuntimeException e) {
        return e instanceof PersistenceException || e instanceof HibernateException;
    }
}
