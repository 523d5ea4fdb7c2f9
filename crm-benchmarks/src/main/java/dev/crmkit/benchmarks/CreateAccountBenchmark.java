package dev.crmkit.benchmarks;

import dev.crmkit.CrmSession;
import dev.crmkit.account.Account;
import dev.crmkit.account.AccountCreation;
import dev.crmkit.account.CreateAccount;
import dev.crmkit.account.NameSimilarity;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Creating one account on PostgreSQL, the library beside a JDBC baseline doing the same work: the similar-name
 * candidates (the adapter's own statement over the name trigrams), then the account's rows (account,
 * responsibles, trigrams, timeline entry, outbox event), then the event's delivery after the commit.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class CreateAccountBenchmark {

    private final JdbcAccountWriter writer = new JdbcAccountWriter();
    private final JdbcRelay relay = new JdbcRelay();
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

    private CreateAccount nextAccount() {
        // Indexes past the dataset's: new names, the same word lists.
        return Dataset.FULL.account(0, next++);
    }

    /**
     * @return the account and its similar names
     */
    @Benchmark
    public AccountCreation library() {
        return admin.accounts().create(nextAccount());
    }

    /**
     * @param db the database
     * @return the similar accounts' ids
     */
    @Benchmark
    public List<Object> jdbc(PostgresAccounts db) throws SQLException {
        CreateAccount command = nextAccount();
        Account account = Account.create(command.classification(), command.details(), command.responsibles(), Dataset.user(0),
                Instant.now().truncatedTo(ChronoUnit.MICROS));
        List<Object> similar = new ArrayList<>();
        try (Connection c = db.dataSource.getConnection()) {
            c.setAutoCommit(false);
            var trigrams = NameSimilarity.trigrams(account.details().legalName());
            try (PreparedStatement s = c.prepareStatement("select a.id, a.legal_name, s.similarity from crm_account a join ("
                    + "select t.account_id, max(cast(t.common as double precision) / (? + t.total - t.common)) as similarity"
                    + " from (select account_id, name_part, count(*) as common, min(trigram_count) as total"
                    + " from crm_account_name_trigram where tenant_id = ? and trigram = any(?)"
                    + " group by account_id, name_part) t group by t.account_id) s on s.account_id = a.id"
                    + " where a.tenant_id = ? and s.similarity >= ? order by s.similarity desc, a.id limit 5")) {
                s.setInt(1, trigrams.size());
                s.setString(2, Dataset.tenant(0).value());
                s.setArray(3, c.createArrayOf("varchar", trigrams.toArray()));
                s.setString(4, Dataset.tenant(0).value());
                s.setDouble(5, NameSimilarity.THRESHOLD);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        similar.add(rs.getObject(1));
                    }
                }
            }
            writer.insert(c, Dataset.tenant(0), Dataset.user(0), List.of(account));
            c.commit();
            c.setAutoCommit(true);
            relay.relay(c, Dataset.tenant(0).value());
        }
        return similar;
    }
}
