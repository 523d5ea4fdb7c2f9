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
import org.h2.jdbcx.JdbcDataSource;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.jpa.HibernatePersistenceConfiguration;
import org.junit.jupiter.api.Test;

/** How a host starts the store: migrations, its own data source or its own entity manager factory. */
class JpaCrmStoreTest {

    @Test
    void givenAnEmptyDatabase_whenMigratedTwice_thenEveryMigrationRanOnceInCrmKitsOwnHistoryTable() throws SQLException {
        DataSource database = freshH2();

        JpaCrmStore.migrate(database);
        JpaCrmStore.migrate(database);

        assertThat(strings(database, "select \"version\" from \"crmkit_schema_history\" where \"success\" and \"version\" is not null order by \"installed_rank\""))
                .containsExactly("1", "2", "3", "4", "5", "7", "8");
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
        DataSource database = freshH2();
        JpaCrmStore.migrate(database);
        // What a Spring host's LocalContainerEntityManagerFactoryBean does with setPackagesToScan("dev.crmkit.jpa").
        List<Class<?>> entities = new ArrayList<>();
        for (String name : JpaCrmStore.entityClassNames()) {
            try {
                entities.add(Class.forName(name));
            } catch (ClassNotFoundException e) {
                throw new AssertionError(e);
            }
        }
        EntityManagerFactory hostFactory = new HibernatePersistenceConfiguration("host")
                .managedClasses(entities)
                .property(AvailableSettings.JAKARTA_NON_JTA_DATASOURCE, database)
                .property(AvailableSettings.HBM2DDL_AUTO, "validate")
                .createEntityManagerFactory();
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
