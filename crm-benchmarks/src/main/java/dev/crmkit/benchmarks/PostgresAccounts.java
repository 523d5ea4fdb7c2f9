package dev.crmkit.benchmarks;

import dev.crmkit.Actor;
import dev.crmkit.Crm;
import dev.crmkit.CrmSession;
import dev.crmkit.jpa.JpaCrmStore;
import javax.sql.DataSource;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The accounts dataset in PostgreSQL, loaded through the library (JPA adapter) by the first fork of a run and
 * reused by the others; the library and the JDBC baselines read the same rows through the same pool.
 */
@State(Scope.Benchmark)
public class PostgresAccounts {

    /** Accounts over all tenants. */
    @Param("1000000")
    public int dbAccounts;

    Postgres postgres;
    Crm crm;
    DataSource dataSource;

    /** Starts the database and loads the dataset unless an earlier fork did. */
    @Setup(Level.Trial)
    public void start() {
        Dataset dataset = Dataset.FULL.withAccounts(dbAccounts);
        postgres = Postgres.start("accounts-" + dbAccounts);
        dataSource = postgres.dataSource();
        crm = Crm.builder().store(JpaCrmStore.fromDataSource(dataSource)).build();
        String name = "accounts-" + dbAccounts + "-" + dataset.seed() + "-v" + LibraryLoader.VERSION;
        if (!postgres.loaded(name)) {
            new LibraryLoader(crm, dataset).load();
            postgres.markLoaded(name);
        }
    }

    /** Stops the database; its data directory stays for the next fork. */
    @TearDown(Level.Trial)
    public void stop() {
        crm.close();
        postgres.close();
    }

    /** The session of a user of tenant 0. */
    CrmSession as(int user) {
        return crm.as(Actor.of(Dataset.tenant(0), Dataset.user(user)));
    }
}
