package dev.crmkit.jpa;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crmkit.spi.CrmStore;
import dev.crmkit.testkit.CrmKitSupport;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * On PostgreSQL, the relay's read of the oldest unpublished events (across tenants, by {@code seq}) walks the
 * outbox's index on {@code seq} and stops at the batch: it neither scans nor sorts the outbox, however many events
 * wait or however many dead rows a busy outbox has left behind.
 */
class PostgresOutboxRelayTest extends CrmKitSupport {

    private static final StatementCounter COUNTER = new StatementCounter();
    private static final CrmStore STORE = JpaCrmStore.fromDataSource(COUNTER.wrap(Databases.postgres()));

    @Override
    protected CrmStore store() {
        return STORE;
    }

    @Test
    void givenTwentyThousandWaitingEventsOfManyTenants_whenTheRelayReadsABatch_thenThePlanWalksTheSeqIndex()
            throws SQLException {
        String relayRead = COUNTER.count(() -> crm().relayEvents()).sql().stream()
                .filter(sql -> sql.contains("crm_outbox") && sql.contains("order by")).findFirst().orElseThrow();

        // The backlog never commits: the other tests' relays must not meet these placeholder payloads.
        try (Connection connection = Databases.postgres().getConnection()) {
            connection.setAutoCommit(false);
            try {
                try (PreparedStatement insert = connection.prepareStatement("insert into crm_outbox (tenant_id, event_id,"
                        + " aggregate_type, aggregate_id, payload) select 'relay-' || (g % 50), gen_random_uuid(), 'account',"
                        + " g::text, '{}' from generate_series(1, 20000) g");
                        Statement analyze = connection.createStatement()) {
                    insert.executeUpdate();
                    analyze.execute("analyze crm_outbox");
                }
                String plan = explain(connection, relayRead);
                assertThat(plan).as(plan).contains("crm_outbox_relay_ix").doesNotContain("Seq Scan").doesNotContain("Sort");
            } finally {
                connection.rollback();
            }
        }
    }

    /** The plan of the relay's statement with its batch size bound. */
    private static String explain(Connection connection, String sql) throws SQLException {
        try (PreparedStatement explain = connection.prepareStatement("explain " + sql)) {
            for (int i = 1; i <= explain.getParameterMetaData().getParameterCount(); i++) {
                explain.setInt(i, 256);
            }
            List<String> lines = new ArrayList<>();
            try (ResultSet rows = explain.executeQuery()) {
                while (rows.next()) {
                    lines.add(rows.getString(1));
                }
            }
            return String.join("\n", lines);
        }
    }
}
