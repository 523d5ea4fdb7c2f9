package dev.crmkit.benchmarks;

import dev.crmkit.Actor;
import dev.crmkit.CrmSession;
import dev.crmkit.account.Account;
import dev.crmkit.account.Classification;
import dev.crmkit.account.ClassifyAccount;
import dev.crmkit.common.AccountId;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
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
 * Classifying an account on PostgreSQL, between lead and prospect and back, at the version the caller saw, the library
 * beside a JDBC baseline doing the same work ({@link JdbcAccounts#classify}): the acting user, the account under a
 * lock, the versioned update, the timeline entry, the outbox event, then the event's delivery after the commit. Each
 * side classifies an account of its own in tenant 1 (the account benchmarks read tenant 0); their timeline entries
 * are deleted after the trial.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ClassifyAccountBenchmark {

    private final JdbcAccounts accounts = new JdbcAccounts();
    private final JdbcRelay relay = new JdbcRelay();
    private CrmSession admin;
    private Instant started;
    private Account libraryAccount;
    private UUID jdbcAccount;
    private Classification jdbcClassification;
    private long jdbcVersion;

    /**
     * Picks the first two accounts of tenant 1.
     *
     * @param db the loaded database
     */
    @Setup(Level.Trial)
    public void prepare(PostgresAccounts db) throws SQLException {
        admin = db.crm.as(Actor.of(Dataset.tenant(1), Dataset.user(0)));
        started = Instant.now();
        List<Object[]> picked;
        try (Connection c = db.dataSource.getConnection()) {
            picked = Jdbc.rows(c, "select id from crm_account where tenant_id = ? order by id limit 2", Dataset.tenant(1).value());
        }
        libraryAccount = admin.accounts().get(new AccountId((UUID) picked.get(0)[0]));
        Account jdbc = admin.accounts().get(new AccountId((UUID) picked.get(1)[0]));
        jdbcAccount = jdbc.id().value();
        jdbcClassification = jdbc.classification();
        jdbcVersion = jdbc.version().value();
    }

    /**
     * Deletes the timeline entries the trial wrote.
     *
     * @param db the database
     */
    @TearDown(Level.Trial)
    public void forget(PostgresAccounts db) throws SQLException {
        try (Connection c = db.dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("delete from crm_timeline where tenant_id = ? and account_id = any (?)"
                        + " and occurred_at >= ?")) {
            s.setString(1, Dataset.tenant(1).value());
            s.setArray(2, c.createArrayOf("uuid", new Object[] {libraryAccount.id().value(), jdbcAccount}));
            s.setTimestamp(3, Timestamp.from(started));
            s.executeUpdate();
        }
    }

    /** Lead to prospect, anything else to lead: every call changes the classification. */
    private static Classification next(Classification current) {
        return current == Classification.LEAD ? Classification.PROSPECT : Classification.LEAD;
    }

    /**
     * @return the classified account
     */
    @Benchmark
    public Account library() {
        libraryAccount = admin.accounts().classify(new ClassifyAccount(libraryAccount.id(), next(libraryAccount.classification()),
                libraryAccount.version()));
        return libraryAccount;
    }

    /**
     * @param db the database
     * @return the account's new version
     */
    @Benchmark
    public long jdbc(PostgresAccounts db) throws SQLException {
        Classification to = next(jdbcClassification);
        try (Connection c = db.dataSource.getConnection()) {
            jdbcVersion = accounts.classify(c, Dataset.tenant(1), Dataset.user(0), jdbcAccount, to, jdbcVersion);
            jdbcClassification = to;
            relay.relay(c, Dataset.tenant(1).value());
            return jdbcVersion;
        }
    }
}
