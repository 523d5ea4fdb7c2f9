package dev.crmkit.benchmarks;

import dev.crmkit.Actor;
import dev.crmkit.CrmSession;
import dev.crmkit.casework.CaseChannel;
import dev.crmkit.casework.CaseDetails;
import dev.crmkit.casework.OpenCase;
import dev.crmkit.casework.ServiceCase;
import dev.crmkit.common.AccountId;
import dev.crmkit.common.CaseId;
import dev.crmkit.common.FieldChange;
import dev.crmkit.common.TenantId;
import dev.crmkit.common.UserId;
import dev.crmkit.event.CaseEvent;
import dev.crmkit.io.CrmJson;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Opening a service case on PostgreSQL, the library beside a JDBC baseline doing the same work
 * ({@link #open(Connection, TenantId, UserId, UUID, String)}): the acting user, the account's name and responsibles,
 * the tenant's service levels, the next case number (the counter row moved on and locked), the case, its history
 * entry, the timeline entry, the outbox event, then the event's delivery after the commit. Both open cases on the
 * first account of tenant 1; what the trial wrote is deleted after it.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class CreateCaseBenchmark {

    private static final CrmJson JSON = new CrmJson();

    private final JdbcRelay relay = new JdbcRelay();
    private CrmSession admin;
    private Instant started;
    private AccountId account;
    private int opened;

    /**
     * Picks the first account of tenant 1 and opens its first case, so the tenant's counter row exists for both sides.
     *
     * @param db the loaded database
     */
    @Setup(Level.Trial)
    public void prepare(PostgresAccounts db) throws SQLException {
        admin = db.crm.as(Actor.of(Dataset.tenant(1), Dataset.user(0)));
        started = Instant.now();
        try (Connection c = db.dataSource.getConnection()) {
            account = new AccountId((UUID) Jdbc.rows(c, "select id from crm_account where tenant_id = ? order by id limit 1",
                    Dataset.tenant(1).value()).get(0)[0]);
        }
        admin.cases().open(new OpenCase(account, CaseDetails.builder("First case", CaseChannel.PHONE).build()));
    }

    /**
     * Deletes the cases, history, timeline entries and counter the trial wrote.
     *
     * @param db the database
     */
    @TearDown(Level.Trial)
    public void forget(PostgresAccounts db) throws SQLException {
        try (Connection c = db.dataSource.getConnection()) {
            for (String sql : List.of("delete from crm_case_history where tenant_id = ? and occurred_at >= ?",
                    "delete from crm_case where tenant_id = ? and created_at >= ?",
                    "delete from crm_timeline where tenant_id = ? and occurred_at >= ?")) {
                try (PreparedStatement s = c.prepareStatement(sql)) {
                    s.setString(1, Dataset.tenant(1).value());
                    s.setTimestamp(2, Timestamp.from(started));
                    s.executeUpdate();
                }
            }
            try (PreparedStatement s = c.prepareStatement("delete from crm_case_counter where tenant_id = ?")) {
                s.setString(1, Dataset.tenant(1).value());
                s.executeUpdate();
            }
        }
    }

    /**
     * @return the opened case
     */
    @Benchmark
    public ServiceCase library() {
        return admin.cases().open(new OpenCase(account, CaseDetails.builder("Case " + opened++, CaseChannel.PHONE).build()));
    }

    /**
     * @param db the database
     * @return the case's number
     */
    @Benchmark
    public long jdbc(PostgresAccounts db) throws SQLException {
        try (Connection c = db.dataSource.getConnection()) {
            long number = open(c, Dataset.tenant(1), Dataset.user(0), account.value(), "Case " + opened++);
            relay.relay(c, Dataset.tenant(1).value());
            return number;
        }
    }

    /** The baseline's opening: the rows and event the library writes for a case with a subject and a channel. */
    static long open(Connection c, TenantId tenant, UserId actor, UUID account, String subject) throws SQLException {
        Instant now = Jdbc.now();
        return Jdbc.inTransaction(c, () -> {
            String actorName = Jdbc.acting(c, tenant, actor).name();
            // The account and its responsibles, which the library reads to check the actor's scope.
            Jdbc.rows(c, "select a.id, a.legal_name, r.user_id from crm_account a left join"
                    + " crm_account_responsible r on r.tenant_id = a.tenant_id and r.account_id = a.id"
                    + " where a.tenant_id = ? and a.id = ?", tenant.value(), account);
            Jdbc.rows(c, "select * from crm_sla_settings where tenant_id = ?", tenant.value());
            long number;
            try (PreparedStatement s = c.prepareStatement("update crm_case_counter set last_number = last_number + 1"
                    + " where tenant_id = ? returning last_number")) {
                s.setString(1, tenant.value());
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    number = rs.getLong(1);
                }
            }
            UUID id = UUID.randomUUID();
            try (PreparedStatement s = c.prepareStatement("insert into crm_case (tenant_id, id, number, account_id, subject,"
                    + " channel, status, opened_by, created_at, updated_at, comments, attachments, version)"
                    + " values (?, ?, ?, ?, ?, 'PHONE', 'NEW', ?, ?, ?, '[]', '[]', 1)")) {
                s.setString(1, tenant.value());
                s.setObject(2, id);
                s.setLong(3, number);
                s.setObject(4, account);
                s.setString(5, subject);
                s.setString(6, actor.value());
                s.setTimestamp(7, Timestamp.from(now));
                s.setTimestamp(8, Timestamp.from(now));
                s.executeUpdate();
            }
            CaseEvent.CaseOpened event = new CaseEvent.CaseOpened(Jdbc.meta(tenant, actor, now), new CaseId(id),
                    new AccountId(account), number, subject, List.of(new FieldChange("status", null, "NEW"),
                            new FieldChange("subject", null, subject), new FieldChange("channel", null, "PHONE")));
            String payload = JSON.writeEvent(event);
            try (PreparedStatement s = c.prepareStatement("insert into crm_case_history (tenant_id, case_id, event_id,"
                    + " occurred_at, actor_name, payload, names) values (?, ?, ?, ?, ?, ?, ?)")) {
                s.setString(1, tenant.value());
                s.setObject(2, id);
                s.setObject(3, event.meta().eventId().value());
                s.setTimestamp(4, Timestamp.from(now));
                s.setString(5, actorName);
                s.setString(6, payload);
                // The opening's changes name no other record (status, subject, channel): no names to keep.
                s.setString(7, JSON.write(Map.of()));
                s.executeUpdate();
            }
            Jdbc.timeline(c, event, event.accountId(), payload, actorName);
            Jdbc.outbox(c, event, payload);
            return number;
        });
    }
}
