package dev.crmkit.benchmarks;

import dev.crmkit.CrmSession;
import dev.crmkit.agenda.AgendaConclusion;
import dev.crmkit.agenda.AgendaEntryAt;
import dev.crmkit.common.AgendaEntryId;
import dev.crmkit.common.Version;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
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
 * Concluding a pending agenda entry on PostgreSQL, the library beside a JDBC baseline doing the same work
 * ({@link JdbcAgenda#conclude}): the acting user, the entry under a lock, the versioned update, the account's timeline
 * entry, the outbox event, then the event's delivery after the commit. Each call concludes the next of the pending
 * entries of three of the agenda tenant's four users (not the one whose task list {@link PendingTasksBenchmark} reads);
 * after each iteration they are pending again, and after the trial their timeline entries are gone, so the dataset
 * stays as loaded.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ConcludeAgendaEntryBenchmark {

    private final JdbcAgenda agenda = new JdbcAgenda();
    private final JdbcRelay relay = new JdbcRelay();
    private CrmSession admin;
    private Instant started;
    private UUID[] entries;
    private long[] versions;
    private final Map<UUID, Integer> index = new HashMap<>();
    private int concluded;

    /**
     * Lists the pending entries of users 0, 10 and 15 (about 10,000 in the quick run's tenant).
     *
     * @param db the loaded database
     */
    @Setup(Level.Trial)
    public void prepare(PostgresAgenda db) throws SQLException {
        admin = db.as(0);
        started = Instant.now();
        List<Object[]> pending;
        try (Connection c = db.dataSource.getConnection()) {
            pending = Jdbc.rows(c, "select id, version from crm_agenda_entry where tenant_id = ?"
                    + " and user_id in ('user-0', 'user-10', 'user-15') and status = 'PENDING' order by id", Dataset.tenant(0).value());
        }
        entries = pending.stream().map(r -> (UUID) r[0]).toArray(UUID[]::new);
        versions = pending.stream().mapToLong(r -> (Long) r[1]).toArray();
        for (int i = 0; i < entries.length; i++) {
            index.put(entries[i], i);
        }
    }

    /**
     * Puts the entries the iteration concluded back on their users' task lists.
     *
     * @param db the database
     */
    @TearDown(Level.Iteration)
    public void reopen(PostgresAgenda db) throws SQLException {
        try (Connection c = db.dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("update crm_agenda_entry set status = 'PENDING', concluded_at = null,"
                        + " version = version + 1 where tenant_id = ? and id = any (?) returning id, version")) {
            s.setString(1, Dataset.tenant(0).value());
            s.setArray(2, c.createArrayOf("uuid", Arrays.copyOf(entries, concluded)));
            int reopened = 0;
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    versions[index.get(rs.getObject(1, UUID.class))] = rs.getLong(2);
                    reopened++;
                }
            }
            if (reopened != concluded) {
                throw new IllegalStateException("reopened " + reopened + " of " + concluded + " entries");
            }
        }
        concluded = 0;
    }

    /**
     * Deletes the timeline entries the trial wrote.
     *
     * @param db the database
     */
    @TearDown(Level.Trial)
    public void forget(PostgresAgenda db) throws SQLException {
        try (Connection c = db.dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("delete from crm_timeline where tenant_id = ? and occurred_at >= ?")) {
            s.setString(1, Dataset.tenant(0).value());
            s.setTimestamp(2, Timestamp.from(started));
            s.executeUpdate();
        }
    }

    /** The next pending entry; an iteration that used them all would go on concluding nothing, so it fails. */
    private int next() {
        if (concluded == entries.length) {
            throw new IllegalStateException("all " + entries.length + " pending entries concluded within one iteration");
        }
        return concluded++;
    }

    /**
     * @return the conclusion
     */
    @Benchmark
    public AgendaConclusion library() {
        int i = next();
        AgendaConclusion conclusion = admin.agenda().conclude(new AgendaEntryAt(new AgendaEntryId(entries[i]),
                Version.of(versions[i])));
        versions[i] = conclusion.concluded().version().value();
        return conclusion;
    }

    /**
     * @param db the database
     * @return the entry's new version
     */
    @Benchmark
    public long jdbc(PostgresAgenda db) throws SQLException {
        int i = next();
        try (Connection c = db.dataSource.getConnection()) {
            versions[i] = agenda.conclude(c, Dataset.tenant(0), Dataset.user(0), entries[i], versions[i]);
            relay.relay(c, Dataset.tenant(0).value());
            return versions[i];
        }
    }
}
