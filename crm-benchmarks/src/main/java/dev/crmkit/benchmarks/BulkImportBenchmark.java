package dev.crmkit.benchmarks;

import dev.crmkit.Actor;
import dev.crmkit.Crm;
import dev.crmkit.CrmSession;
import dev.crmkit.access.AccessScope;
import dev.crmkit.access.CreateTenant;
import dev.crmkit.access.CreateUser;
import dev.crmkit.account.Account;
import dev.crmkit.account.CreateAccount;
import dev.crmkit.account.ImportAccounts;
import dev.crmkit.common.AccountId;
import dev.crmkit.common.TenantId;
import dev.crmkit.jpa.JpaCrmStore;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Bulk import into a new tenant on PostgreSQL (target: at least half the throughput of a JDBC batch insert): the
 * library's {@code importAccounts} in calls of 10,000 rows beside a JDBC batch insert of the same rows in
 * transactions of 10,000 (account, responsibles, name trigrams, timeline entry, outbox event), each followed by the
 * delivery of its events as the library's relay delivers them. Each invocation imports into a tenant of its own, in a
 * database started empty for the trial.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
public class BulkImportBenchmark {

    /** Accounts per import. */
    @Param("100000")
    public int rows;

    private Postgres postgres;
    private Crm crm;
    private final JdbcAccountWriter writer = new JdbcAccountWriter();
    private final JdbcRelay relay = new JdbcRelay();
    private int invocation;
    private TenantId tenant;
    private List<CreateAccount> commands;

    /** Starts an empty database. */
    @Setup(Level.Trial)
    public void start() {
        postgres = Postgres.start("import", true);
        crm = Crm.builder().store(JpaCrmStore.fromDataSource(postgres.dataSource())).build();
        commands = Dataset.FULL.withAccounts(rows * Dataset.FULL.tenants()).accounts(0, 0, rows);
    }

    /** A new tenant with the dataset's users, for the next import. */
    @Setup(Level.Invocation)
    public void newTenant() {
        tenant = TenantId.of("import-" + invocation++);
        crm.tenants().create(new CreateTenant(tenant, "Import " + invocation, ZoneId.of("America/Sao_Paulo"),
                Locale.forLanguageTag("pt-BR"), "Parceiro", Dataset.user(0), "Admin"));
        CrmSession admin = crm.as(Actor.of(tenant, Dataset.user(0)));
        for (int u = 1; u < Dataset.FULL.usersPerTenant(); u++) {
            admin.users().create(new CreateUser(Dataset.user(u), "User " + u, null, AccessScope.ALL, false));
        }
    }

    /** Stops the database. */
    @TearDown(Level.Trial)
    public void stop() {
        crm.close();
        postgres.close();
    }

    /**
     * @return the new accounts' ids
     */
    @Benchmark
    public List<AccountId> library() {
        CrmSession admin = crm.as(Actor.of(tenant, Dataset.user(0)));
        List<AccountId> ids = new ArrayList<>(rows);
        for (int from = 0; from < rows; from += ImportAccounts.MAX_ROWS) {
            ids.addAll(admin.accounts().importAccounts(new ImportAccounts(
                    commands.subList(from, Math.min(rows, from + ImportAccounts.MAX_ROWS)))));
        }
        return ids;
    }

    /**
     * @return how many accounts were written
     */
    @Benchmark
    public int jdbc() throws SQLException {
        int written = 0;
        for (int from = 0; from < rows; from += ImportAccounts.MAX_ROWS) {
            Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
            List<Account> accounts = new ArrayList<>(ImportAccounts.MAX_ROWS);
            for (CreateAccount command : commands.subList(from, Math.min(rows, from + ImportAccounts.MAX_ROWS))) {
                accounts.add(Account.create(command.classification(), command.details(), command.responsibles(),
                        Dataset.user(0), now));
            }
            try (Connection c = postgres.dataSource().getConnection()) {
                c.setAutoCommit(false);
                // The library keeps the importing administrator's name ("Admin", as the setup names them) on each timeline entry.
                writer.insert(c, tenant, Dataset.user(0), "Admin", accounts);
                c.commit();
                c.setAutoCommit(true);
                relay.relay(c, tenant.value());
            }
            written += accounts.size();
        }
        return written;
    }
}
