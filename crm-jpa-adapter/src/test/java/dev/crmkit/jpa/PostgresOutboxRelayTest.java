package dev.crmkit.jpa;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crmkit.spi.CrmStore;
import dev.crmkit.testkit.CrmKitSupport;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * On PostgreSQL, the relay's read of a tenant's oldest due events walks the outbox's index on {@code (tenant_id,
 * seq)} and stops at the batch: it neither scans nor sorts the tenant's backlog, however long, nor reads other
 * tenants' events, and it finds the aggregates a refused event holds back from the partial index of refused rows.
 * It does so whatever the outbox's statistics say: a queue's table is usually analyzed while nearly empty, and with
 * such statistics the same statement sent as it is would be read through a bitmap scan and a sort of every waiting
 * event, so the relay calls it through the function {@code crm_outbox_due}, planned with bitmap scans off.
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
                .filter(sql -> sql.contains("crm_outbox_due(")).findFirst().orElseThrow();

        for (boolean analyzedFirst : new boolean[] {true, false}) {
            // The backlog never commits: the other tests' relays must not meet these placeholder payloads.
            try (Connection connection = Databases.postgres().getConnection()) {
                connection.setAutoCommit(false);
                try {
                    try (Statement statement = connection.createStatement()) {
                        if (!analyzedFirst) {
                            // The statistics a drained queue's analysis leaves: no pages, no rows, no column
                            // statistics. The shared database's outbox is rarely empty, so they are written here, in
                            // this transaction only (the catalogs are transactional too).
                            statement.execute("update pg_class set relpages = 0, reltuples = 0 where oid = 'crm_outbox'::regclass");
                            statement.execute("delete from pg_statistic where starelid = 'crm_outbox'::regclass");
                        }
                        statement.executeUpdate("insert into crm_outbox (tenant_id, event_id, aggregate_type, aggregate_id,"
                                + " payload, attempts, next_attempt_at) select case when g % 2 = 0 then 'relay-busy' else"
                                + " 'relay-' || (g % 49) end, gen_random_uuid(), 'account', (g % 3000)::text, '{}', case when"
                                + " g % 200 = 8 then 1 else 0 end, case when g % 200 = 8 then now() + interval '1 minute' end"
                                + " from generate_series(1, 20000) g");
                        if (analyzedFirst) {
                            statement.execute("analyze crm_outbox");
                        }
                    }
                    String plan = nestedPlan(connection, relayRead);
                    assertThat(plan).as(plan).contains("Index Scan using crm_outbox_tenant_seq_ix")
                            .contains("crm_outbox_held_ix").doesNotContain("Seq Scan").doesNotContain("Sort")
                            .doesNotContain("Bitmap");
                    if (!analyzedFirst) {
                        String plain = explain(connection, "select o.payload from crm_outbox o where o.tenant_id = ? and"
                                + " (o.aggregate_type, o.aggregate_id) not in (select h.aggregate_type, h.aggregate_id from"
                                + " crm_outbox h where h.tenant_id = ? and h.attempts > 0 and (h.parked_at is not null or"
                                + " h.next_attempt_at > ?)) order by o.seq limit 256");
                        assertThat(plain).as("the statement without the function, under the same statistics: " + plain)
                                .contains("Bitmap Index Scan on crm_outbox_tenant_seq_ix").contains("Sort");
                    }
                } finally {
                    connection.rollback();
                }
            }
        }
    }

    /**
     * The plan of the statement inside the relay's function, for the busy placeholder tenant, now: the function's
     * own statement is planned when it runs, so its plan is read from {@code auto_explain}, which reports the
     * statements a call runs to the client.
     */
    private static String nestedPlan(Connection connection, String call) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("load 'auto_explain'");
            statement.execute("set local auto_explain.log_min_duration = 0");
            statement.execute("set local auto_explain.log_nested_statements = on");
            statement.execute("set local client_min_messages = log");
        }
        List<String> messages = new ArrayList<>();
        try (PreparedStatement read = connection.prepareStatement(call)) {
            bind(read);
            try (ResultSet rows = read.executeQuery()) {
                while (rows.next()) {
                    // the rows themselves are not the point
                }
            }
            for (SQLWarning warning = read.getWarnings(); warning != null; warning = warning.getNextWarning()) {
                messages.add(warning.getMessage());
            }
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("set local auto_explain.log_min_duration = -1");
            statement.execute("set local client_min_messages = notice");
        }
        return messages.stream().filter(m -> m.contains("crm_outbox o")).findFirst()
                .orElseThrow(() -> new AssertionError("no plan of the function's statement among " + messages));
    }

    /** The plan of a statement for the busy placeholder tenant, now. */
    private static String explain(Connection connection, String sql) throws SQLException {
        try (PreparedStatement explain = connection.prepareStatement("explain " + sql)) {
            bind(explain);
            List<String> lines = new ArrayList<>();
            try (ResultSet rows = explain.executeQuery()) {
                while (rows.next()) {
                    lines.add(rows.getString(1));
                }
            }
            return String.join("\n", lines);
        }
    }

    /** Binds the placeholder tenant, now, and a batch of 256, by each parameter's type. */
    private static void bind(PreparedStatement statement) throws SQLException {
        var parameters = statement.getParameterMetaData();
        for (int i = 1; i <= parameters.getParameterCount(); i++) {
            String type = parameters.getParameterTypeName(i);
            if (type.startsWith("timestamp")) {
                statement.setObject(i, java.time.OffsetDateTime.now());
            } else if (type.startsWith("int")) {
                statement.setInt(i, 256);
            } else {
                statement.setString(i, "relay-busy");
            }
        }
    }
}
