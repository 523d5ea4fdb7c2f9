package dev.crmkit.jpa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crmkit.Crm;
import dev.crmkit.access.CreateTenant;
import dev.crmkit.common.StoreException;
import dev.crmkit.common.TenantId;
import dev.crmkit.common.UserId;
import jakarta.persistence.EntityManagerFactory;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.h2.jdbcx.JdbcDataSource;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.jpa.HibernatePersistenceConfiguration;
import org.junit.jupiter.api.Test;

/** How a host starts the store: migrations, its own data source or its own entity manager factory. */
class JpaCrmStoreTest {

    private static final String HISTORY = "select \"version\" from \"crmkit_schema_history\" where \"success\" and \"version\" is not null order by \"installed_rank\"";

    @Test
    void givenAnEmptyDatabase_whenMigratedTwice_thenEveryMigrationRanOnceInCrmKitsOwnHistoryTable() throws SQLException {
        DataSource database = freshH2();

        JpaCrmStore.migrate(database);
        JpaCrmStore.migrate(database);

        assertThat(strings(database, HISTORY)).containsExactly("1", "2", "3", "4", "5", "6", "7", "8", "9", "11", "12", "13",
                "15", "16", "17", "18", "19", "20", "21", "22", "23", "24", "25");
    }

    @Test
    void givenAnH2DatabaseMigratedFromTheOldLocation_whenMigratedFromTheNewOne_thenItUpgradesCleanlyAndTheStoreWorks()
            throws SQLException {
        givenADatabaseMigratedFromTheOldLocation_whenMigratedFromTheNewOne_thenItUpgradesCleanlyAndTheStoreWorks(freshH2(), "h2");
    }

    @Test
    void givenAPostgresDatabaseMigratedFromTheOldLocation_whenMigratedFromTheNewOne_thenItUpgradesCleanlyAndTheStoreWorks()
            throws SQLException {
        givenADatabaseMigratedFromTheOldLocation_whenMigratedFromTheNewOne_thenItUpgradesCleanlyAndTheStoreWorks(
                Databases.freshPostgres(), "postgresql");
    }

    /**
     * Up to 0.1 the migrations lived in {@code db/migration/crmkit/<database>}; the test resources keep a copy of
     * that layout ({@code legacy/db/migration/crmkit}, taken from git), migrated exactly as 0.1's
     * {@code JpaCrmStore.migrate} did. The new location must then find nothing to change and nothing to refuse.
     */
    private static void givenADatabaseMigratedFromTheOldLocation_whenMigratedFromTheNewOne_thenItUpgradesCleanlyAndTheStoreWorks(
            DataSource database, String vendor) throws SQLException {
        Flyway.configure()
                .dataSource(database)
                .locations("classpath:legacy/db/migration/crmkit/" + vendor)
                .table(JpaCrmStore.SCHEMA_HISTORY_TABLE)
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load()
                .migrate();
        List<String> before = strings(database, HISTORY);

        JpaCrmStore.migrate(database);

        assertThat(before).containsExactly("1", "2", "3", "4", "5");
        List<String> after = strings(database, HISTORY);
        assertThat(after).as("nothing ran again, nothing failed; only migrations newer than 0.1's ran")
                .startsWith(before.toArray(String[]::new))
                .doesNotHaveDuplicates();
        Flyway.configure()
                .dataSource(database)
                .locations(JpaCrmStore.MIGRATIONS + vendor)
                .table(JpaCrmStore.SCHEMA_HISTORY_TABLE)
                .load()
                .validate();
        TenantId tenant = TenantId.of("upgraded-" + UUID.randomUUID());
        try (JpaCrmStore store = JpaCrmStore.fromDataSource(database)) {
            Crm crm = Crm.builder().store(store).build();
            crm.tenants().create(new CreateTenant(tenant, "Upgraded", ZoneId.of("UTC"), Locale.ENGLISH, "Other",
                    UserId.of("admin"), "Admin"));
            assertThat(crm.tenants().find(tenant)).isPresent();
        }
    }

    @Test
    void givenTheAdaptersJar_whenAHostsFlywayScansTheDefaultLocation_thenItFindsNoneOfCrmKitsMigrations() {
        // Spring Boot's Flyway scans classpath:db/migration, recursively; CRM Kit's own must stay out of its sight.
        MigrationInfo[] found = Flyway.configure().dataSource(freshH2()).load().info().all();

        assertThat(found).isEmpty();
        assertThat(Flyway.configure().dataSource(freshH2()).locations(JpaCrmStore.MIGRATIONS + "h2").load().info().all())
                .as("while the adapter's own location holds them").hasSizeGreaterThanOrEqualTo(5);
    }

    @Test
    void givenATableThatDriftedFromTheMapping_whenTheStoreStarts_thenItRefusesWithAStoreException() throws SQLException {
        DataSource database = freshH2();
        JpaCrmStore.migrate(database);
        execute(database, "alter table crm_card drop column comment_count");

        assertThatThrownBy(() -> JpaCrmStore.fromDataSource(database))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("comment_count");
    }

    @Test
    void givenAHostsOwnEntityManagerFactory_whenTheStoreUsesIt_thenTheCrmWorksAndTheHostKeepsItsFactory() {
        EntityManagerFactory hostFactory = hostFactory();
        TenantId tenant = TenantId.of("host-" + UUID.randomUUID());

        try (JpaCrmStore store = JpaCrmStore.fromEntityManagerFactory(hostFactory)) {
            Crm crm = Crm.builder().store(store).build();
            crm.tenants().create(new CreateTenant(tenant, "Host Tenant", ZoneId.of("UTC"), Locale.ENGLISH, "Other",
                    UserId.of("admin"), "Admin"));
            assertThat(crm.tenants().find(tenant)).isPresent();
        }

        assertThat(hostFactory.isOpen()).as("the host's factory stays open").isTrue();
        hostFactory.close();
    }

    @Test
    void givenAHostsFactoryThatRefusesFlushesOutsideItsOwnTransactions_whenAStoreJoiningHostTransactionsIsMade_thenItIsRefused() {
        EntityManagerFactory hostFactory = hostFactory();
        HostTransactions someHook = java.util.Optional::empty;

        try {
            assertThatThrownBy(() -> JpaCrmStore.fromEntityManagerFactory(hostFactory, someHook))
                    .isInstanceOf(StoreException.class)
                    .hasMessageContaining("hibernate.allow_update_outside_transaction=true");
        } finally {
            hostFactory.close();
        }
    }

    /**
     * A host's own factory on a fresh, migrated H2, managing the adapter's entities: what a Spring host's
     * LocalContainerEntityManagerFactoryBean does with setPackagesToScan("dev.crmkit.jpa").
     */
    private static EntityManagerFactory hostFactory() {
        DataSource database = freshH2();
        JpaCrmStore.migrate(database);
        List<Class<?>> entities = new ArrayList<>();
        for (String name : JpaCrmStore.entityClassNames()) {
            try {
                entities.add(Class.forName(name));
            } catch (ClassNotFoundException e) {
                throw new AssertionError(e);
            }
        }
        return new HibernatePersistenceConfiguration("host")
                .managedClasses(entities)
                .property(AvailableSettings.JAKARTA_NON_JTA_DATASOURCE, database)
                .property(AvailableSettings.HBM2DDL_AUTO, "validate")
                .createEntityManagerFactory();
    }

    private static DataSource freshH2() {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:fresh-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        h2.setUser("sa");
        return h2;
    }

    private static void execute(DataSource database, String sql) throws SQLException {
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static List<String> strings(DataSource database, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection connection = database.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }
}
