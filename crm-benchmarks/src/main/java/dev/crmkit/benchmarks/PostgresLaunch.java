package dev.crmkit.benchmarks;

import dev.crmkit.Actor;
import dev.crmkit.Crm;
import dev.crmkit.CrmSession;
import javax.sql.DataSource;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The campaign-launch dataset in PostgreSQL: one tenant whose {@code launchAccounts} accounts (every one with an
 * e-mail, 70% or more of them active) are the segment a launch reaches. A database of its own, loaded through the
 * library ({@link LibraryLoader}) by the first fork of a run that needs it and kept for later runs: the accounts
 * dataset puts a tenth of its accounts in each tenant, so a segment of 100k accounts would otherwise need the 1M
 * dataset, about half an hour of loading.
 */
@State(Scope.Benchmark)
public class PostgresLaunch {

    /** Accounts of the tenant, all of them in the launch's segment. */
    @Param("100000")
    public int launchAccounts;

    Crm crm;
    DataSource dataSource;

    /** Starts the database and loads the dataset unless an earlier fork did. */
    @Setup(Level.Trial)
    public void start() {
        Dataset full = Dataset.FULL;
        Dataset dataset = new Dataset(full.seed(), 1, full.usersPerTenant(), launchAccounts, 0, 0, 0, 0);
        Postgres postgres = Postgres.start("launch-" + launchAccounts);
        dataSource = postgres.dataSource();
        crm = postgres.crm();
        String name = "launch-" + launchAccounts + "-" + dataset.seed() + "-v" + LibraryLoader.VERSION;
        if (!postgres.loaded(name)) {
            new LibraryLoader(crm, dataset).load();
            postgres.markLoaded(name);
        }
    }

    /** The session of a user of the tenant. */
    CrmSession as(int user) {
        return crm.as(Actor.of(Dataset.tenant(0), Dataset.user(user)));
    }
}
