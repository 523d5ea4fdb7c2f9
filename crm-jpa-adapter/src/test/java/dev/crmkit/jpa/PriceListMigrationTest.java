package dev.crmkit.jpa;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/**
 * The migration that made price lists carry a currency: every price-list catalog entry stored before it gets its
 * price list, in the currency of its tenant's language's country where the migration knows it, and without one
 * where it does not; entries of other kinds get none.
 */
class PriceListMigrationTest {

    private static final MigrationVersion COMMERCIAL = MigrationVersion.fromVersion("11");

    @Test
    void givenPriceListEntriesOnH2_whenMigrated_thenEachIsAPriceListWithItsTenantsCurrency() throws SQLException {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:prices-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        h2.setUser("sa");
        givenPriceListEntries_whenMigrated_thenEachIsAPriceList(h2);
    }

    @Test
    void givenPriceListEntriesOnPostgres_whenMigrated_thenEachIsAPriceListWithItsTenantsCurrency() throws SQLException {
        givenPriceListEntries_whenMigrated_thenEachIsAPriceList(Databases.freshPostgres());
    }

    private static void givenPriceListEntries_whenMigrated_thenEachIsAPriceList(DataSource database) throws SQLException {
        Flyway latest = JpaCrmStore.flyway(database);
        MigrationVersion before = Arrays.stream(latest.info().all()).map(MigrationInfo::getVersion)
                .filter(v -> v.compareTo(COMMERCIAL) < 0).max(Comparator.naturalOrder()).orElseThrow();
        Flyway.configure().configuration(latest.getConfiguration()).target(before).load().migrate();
        String brazil = "t-" + UUID.randomUUID();
        String english = "t-" + UUID.randomUUID();
        String spain = "t-" + UUID.randomUUID();
        tenant(database, brazil, "pt-BR");
        tenant(database, english, "en");
        tenant(database, spain, "es-ES");
        UUID retail = UUID.randomUUID();
        UUID wholesale = UUID.randomUUID();
        UUID unknownCurrency = UUID.randomUUID();
        UUID euro = UUID.randomUUID();
        UUID priority = UUID.randomUUID();
        entry(database, brazil, retail, "PRICE_LIST", "Varejo");
        entry(database, brazil, wholesale, "PRICE_LIST", "Atacado");
        entry(database, brazil, priority, "PRIORITY", "Alta");
        entry(database, english, unknownCurrency, "PRICE_LIST", "Retail");
        entry(database, spain, euro, "PRICE_LIST", "Minorista");

        JpaCrmStore.migrate(database);

        Map<UUID, String> lists = new HashMap<>();
        try (Connection connection = database.getConnection();
                PreparedStatement statement = connection.prepareStatement(
                        "select id, currency, version from crm_price_list where tenant_id in (?, ?, ?)")) {
            statement.setString(1, brazil);
            statement.setString(2, english);
            statement.setString(3, spain);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    assertThat(rows.getLong(3)).isEqualTo(1L);
                    lists.put(rows.getObject(1, UUID.class), String.valueOf(rows.getString(2)));
                }
            }
        }
        assertThat(lists).containsExactlyInAnyOrderEntriesOf(Map.of(
                retail, "BRL", wholesale, "BRL", unknownCurrency, "null", euro, "EUR"));
    }

    private static void tenant(DataSource database, String tenant, String locale) throws SQLException {
        execute(database, "insert into crm_tenant (tenant_id, name, time_zone, default_locale, other_classification_name,"
                + " created_at, version) values (?, ?, 'UTC', ?, 'Other', current_timestamp, 1)", tenant, tenant, locale);
    }

    private static void entry(DataSource database, String tenant, UUID id, String kind, String name) throws SQLException {
        execute(database, "insert into crm_catalog_entry (tenant_id, id, kind, name, name_key, details, active, created_at,"
                + " version) values (?, ?, ?, ?, ?, '{}', true, current_timestamp, 1)", tenant, id, kind, name,
                name.toLowerCase(java.util.Locale.ROOT));
    }

    private static void execute(DataSource database, String sql, Object... values) throws SQLException {
        try (Connection connection = database.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            statement.executeUpdate();
        }
    }
}
