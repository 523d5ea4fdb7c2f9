package dev.crmkit.benchmarks;

import dev.crmkit.CrmSession;
import dev.crmkit.account.AccountCreation;
import dev.crmkit.account.CreateAccount;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
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
 * Creating one account on PostgreSQL, the library beside a JDBC baseline doing the same work
 * ({@link JdbcAccounts#create}): the acting user and the referenced users, the similar-name candidates (the
 * adapter's own statement over the name trigrams), then the account's rows (account, responsibles, trigrams,
 * timeline entry, outbox event), then the event's delivery after the commit. The accounts a trial created are
 * deleted after it, so the tenant the account benchmarks read stays as loaded from run to run.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class CreateAccountBenchmark {

    private final JdbcAccounts accounts = new JdbcAccounts();
    private final JdbcRelay relay = new JdbcRelay();
    private final List<UUID> created = new ArrayList<>();
    private CrmSession admin;
    private int next;

    /**
     * @param db the loaded database
     */
    @Setup(Level.Trial)
    public void prepare(PostgresAccounts db) {
        admin = db.as(0);
        next = db.dbAccounts;
    }

    /**
     * Deletes the accounts the trial created.
     *
     * @param db the database
     */
    @TearDown(Level.Trial)
    public void delete(PostgresAccounts db) throws SQLException {
        db.deleteAccounts(created);
        created.clear();
    }

    private CreateAccount nextAccount() {
        // Indexes past the dataset's: new names, the same word lists.
        return Dataset.FULL.account(0, next++);
    }

    /**
     * @return the account and its similar names
     */
    @Benchmark
    public AccountCreation library() {
        AccountCreation creation = admin.accounts().create(nextAccount());
        created.add(creation.account().id().value());
        return creation;
    }

    /**
     * @param db the database
     * @return the similar accounts' ids
     */
    @Benchmark
    public List<UUID> jdbc(PostgresAccounts db) throws SQLException {
        try (Connection c = db.dataSource.getConnection()) {
            JdbcAccounts.Created account = accounts.create(c, Dataset.tenant(0), Dataset.user(0), nextAccount());
            created.add(account.id());
            relay.relay(c, Dataset.tenant(0).value());
            return account.similar();
        }
    }
}
