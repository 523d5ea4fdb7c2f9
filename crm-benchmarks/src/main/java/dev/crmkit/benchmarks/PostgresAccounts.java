package dev.crmkit.benchmarks;

import dev.crmkit.Actor;
import dev.crmkit.Crm;
import dev.crmkit.CrmSession;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

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
        crm = postgres.crm();
        String name = "accounts-" + dbAccounts + "-" + dataset.seed() + "-v" + LibraryLoader.VERSION;
        if (!postgres.loaded(name)) {
            new LibraryLoader(crm, dataset).load();
            postgres.markLoaded(name);
        }
    }


    /**
     * Deletes accounts a benchmark created (with their responsibles, name trigrams and timeline) from tenant 0, so the
     * next trial and the next run read the tenant as loaded.
     *
     * @param ids the accounts
     */
    void deleteAccounts(Collection<UUID> ids) throws SQLException {
        if (ids.isEmpty()) {
            return;
        }
        try (Connection c = dataSource.getConnection()) {
            for (String table : List.of("crm_account_responsible", "crm_account_name_trigram", "crm_timeline")) {
                delete(c, "delete from " + table + " where tenant_id = ? and account_id = any (?)", ids);
            }
            delete(c, "delete from crm_account where tenant_id = ? and id = any (?)", ids);
        }
    }

    private static void delete(Connection c, String sql, Collection<UUID> ids) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, Dataset.tenant(0).value());
            s.setArray(2, c.createArrayOf("uuid", ids.toArray()));
            s.executeUpdate();
        }
    }

    /** The session of a user of tenant 0. */
    CrmSession as(int user) {
        return crm.as(Actor.of(Dataset.tenant(0), Dataset.user(user)));
    }
}
