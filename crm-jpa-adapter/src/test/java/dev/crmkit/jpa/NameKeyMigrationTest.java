package dev.crmkit.jpa;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/**
 * The migration that brings stored name keys to Unicode normalization form C (V8), run on a database that the
 * migrations before it built and that holds keys in other forms, on H2 and on PostgreSQL.
 */
class NameKeyMigrationTest {

    private static final MigrationVersion NFC_KEYS = MigrationVersion.fromVersion("8");
    private static final String TENANT = "t-" + UUID.randomUUID();

    // "café" composed (form C) and decomposed (form D: an e and a combining acute accent).
    private static final String CAFE_NFC = "caf\u00e9";
    private static final String CAFE_NFD = "cafe\u0301";

    @Test
    void givenKeysStoredInFormDOnH2_whenMigrated_thenTheyAreInFormCAndNoUniqueKeyIsBroken() throws SQLException {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:nfc-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        h2.setUser("sa");
        givenKeysStoredInFormD_whenMigrated_thenTheyAreInFormC(h2);
    }

    @Test
    void givenKeysStoredInFormDOnPostgres_whenMigrated_thenTheyAreInFormCAndNoUniqueKeyIsBroken() throws SQLException {
        givenKeysStoredInFormD_whenMigrated_thenTheyAreInFormC(Databases.freshPostgres());
    }

    private static void givenKeysStoredInFormD_whenMigrated_thenTheyAreInFormC(DataSource database) throws SQLException {
        Flyway latest = JpaCrmStore.flyway(database);
        MigrationVersion before = Arrays.stream(latest.info().all()).map(MigrationInfo::getVersion)
                .filter(v -> v.compareTo(NFC_KEYS) < 0).max(Comparator.naturalOrder()).orElseThrow();
        Flyway.configure().configuration(latest.getConfiguration()).target(before).load().migrate();
        // Two entries the old code let in as different names (a lower id in form D, a higher one in form C), one in
        // form D alone, and twice the same name in form D under two kinds of one tenant.
        UUID lowNfd = new UUID(0, 1);
        UUID highNfc = new UUID(0, 2);
        UUID alone = new UUID(0, 3);
        UUID otherKind = new UUID(0, 4);
        entry(database, lowNfd, "INTEREST_AREA", CAFE_NFD);
        entry(database, highNfc, "INTEREST_AREA", CAFE_NFC);
        entry(database, alone, "PRIORITY", "alta " + CAFE_NFD);
        entry(database, otherKind, "TEAM", CAFE_NFD);
        UUID pipeline = UUID.randomUUID();
        execute(database, "insert into crm_pipeline (tenant_id, id, name, name_key, color, stages, labels, base_card, settings,"
                + " created_at, updated_at, version) values (?, ?, ?, ?, '#000000', '[]', '[]', '{}', '{}', current_timestamp,"
                + " current_timestamp, 1)", TENANT, pipeline, "Caf\u00e9", CAFE_NFD);
        UUID filter = UUID.randomUUID();
        execute(database, "insert into crm_saved_filter (tenant_id, id, pipeline_id, owner_id, name, name_key, filter_json,"
                + " saved_at, version) values (?, ?, ?, 'ana', 'x', ?, '{}', current_timestamp, 1)", TENANT, filter, pipeline, CAFE_NFD);
        execute(database, "insert into crm_account_characteristic (tenant_id, account_id, type_id, value_type, stored_value,"
                + " value_key) values (?, ?, ?, 'TEXT', ?, ?)", TENANT, UUID.randomUUID(), UUID.randomUUID(), CAFE_NFD, CAFE_NFD);

        JpaCrmStore.migrate(database);

        assertThat(keys(database, "select id, name_key from crm_catalog_entry where tenant_id = ?")).containsExactlyInAnyOrderEntriesOf(
                Map.of(lowNfd.toString(), CAFE_NFD, highNfc.toString(), CAFE_NFC, alone.toString(), "alta " + CAFE_NFC,
                        otherKind.toString(), CAFE_NFC));
        assertThat(keys(database, "select id, name_key from crm_pipeline where tenant_id = ?")).containsValue(CAFE_NFC);
        assertThat(keys(database, "select id, name_key from crm_saved_filter where tenant_id = ?")).containsValue(CAFE_NFC);
        assertThat(keys(database, "select stored_value, value_key from crm_account_characteristic where tenant_id = ?"))
                .containsExactly(Map.entry(CAFE_NFD, CAFE_NFC));
    }

    private static void entry(DataSource database, UUID id, String kind, String key) throws SQLException {
        execute(database, "insert into crm_catalog_entry (tenant_id, id, kind, name, name_key, details, active, created_at,"
                + " version) values (?, ?, ?, ?, ?, '{}', true, current_timestamp, 1)", TENANT, id, kind, key, key);
    }

    private static void execute(DataSource database, String sql, Object... values) throws SQLException {
        try (Connection connection = database.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            statement.executeUpdate();
        }
    }

    private static Map<String, String> keys(DataSource database, String sql) throws SQLException {
        Map<String, String> keys = new LinkedHashMap<>();
        try (Connection connection = database.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, TENANT);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    keys.put(rows.getString(1), rows.getString(2));
                }
            }
        }
        return keys;
    }
}
