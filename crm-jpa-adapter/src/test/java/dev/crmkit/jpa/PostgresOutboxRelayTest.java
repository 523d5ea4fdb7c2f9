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
 * On PostgreSQL, the relay's read of a tenant's oldest due events walks the outbox's index on {@code (tenant_id,
 * seq)} and stops at the batch: it neither scans nor sorts the tenant's backlog, however long, nor reads other
 * tenants' events, and it finds the aggregates a refused event holds back from the partial index of refused rows.
 */
class PostgresOutboxRelayTest extends CrmKitSupport {

    private static final StatementCounter COUNTER = new StatementCounter();
    private static final CrmStore STORE = JpaCrmStore.fromDataSource(COUNTER.wrap(Databases.postgres()));

    @Override
    protected CrmStore store() {
        return STORE;
    }

    @Test
    void givenABusyTenantsTenThousandWaitingEventsAmongOthers_whenTheRelayReadsItsBatch_thenThePlanWalksTheTenantSeqIndex()
            throws SQLException {
        String relayRead = COUNTER.count(() -> newTenant()).sql().stream()
                .filter(sql -> sql.contains("crm_outbox") && sql.contains("order by")).findFirst().orElseThrow();

        // The backlog never commits: the other tests' relays must not meet these placeholder payloads.
        try (Connection connection = Databases.postgres().getConnection()) {
            connection.setAutoCommit(false);
            try {
                try (PreparedStatement insert = connection.prepareStatement("insert into crm_outbox (tenant_id, event_id,"
                        + " aggregate_type, aggregate_id, payload, attempts, next_attempt_at) select case when g % 2 = 0 then"
                        + " 'relay-busy' else 'relay-' || (g % 49) end, gen_random_uuid(), 'account', (g % 3000)::text, '{}',"
                        + " case when g % 200 = 8 then 1 else 0 end, case when g % 200 = 8 then now() + interval '1 minute' end"
                        + " from generate_series(1, 20000) g");
                        Statement analyze = connection.createStatement()) {
                    insert.executeUpdate();
                    analyze.execute("analyze crm_outbox");
                }
                String plan = explain(connection, relayRead);
                assertThat(plan).as(plan).contains("crm_outbox_tenant_seq_ix").contains("crm_outbox_held_ix")
                        .doesNotContain("Seq Scan").doesNotContain("Sort");
            } finally {
                connection.rollback();
            }
        }
    }

    /** The plan of the relay's statement for the busy placeholder tenant, now. */
    private static String explain(Connection connection, String sql) throws SQLException {
        try (PreparedStatement explain = connection.prepareStatement("explain " + sql)) {
            var parameters = explain.getParameterMetaData();
            for (int i = 1; i <= parameters.getParameterCount(); i++) {
                if (parameters.getParameterTypeName(i).startsWith("timestamp")) {
                    explain.setObject(i, java.time.OffsetDateTime.now());
                } else {
                    explain.setString(i, "relay-busy");
                }
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
