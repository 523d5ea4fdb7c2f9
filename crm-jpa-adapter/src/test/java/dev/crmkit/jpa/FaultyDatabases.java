package dev.crmkit.jpa;

import dev.crmkit.testkit.Fault;
import java.util.List;
import javax.sql.DataSource;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;

/**
 * Stores on the shared databases whose JDBC statements and commits can be made to fail on purpose
 * ({@link StatementFaults}), one per database, created on first use. Only the thread that arms a hook is affected.
 */
final class FaultyDatabases {

    private FaultyDatabases() {}

    /** @return the H2 store's fault hook */
    static StatementFaults h2Faults() {
        return H2.FAULTS;
    }

    /** @return a store on H2 whose statements the hook fails */
    static JpaCrmStore h2Store() {
        return H2.STORE;
    }

    /** @return the PostgreSQL store's fault hook, which can also terminate the session's server process */
    static StatementFaults postgresFaults() {
        return Postgres.FAULTS;
    }

    /** @return a store on PostgreSQL whose statements the hook fails */
    static JpaCrmStore postgresStore() {
        return Postgres.STORE;
    }

    private static JpaCrmStore store(DataSource database, StatementFaults faults) {
        return JpaCrmStore.fromDataSource(ProxyDataSourceBuilder.create(database).listener(faults).methodListener(faults).build());
    }

    private static final class H2 {

        static final StatementFaults FAULTS = new StatementFaults(
                List.of(Fault.CONNECTION_LOSS, Fault.SERIALIZATION_FAILURE, Fault.DEADLOCK, Fault.QUERY_CANCELED), null);
        static final JpaCrmStore STORE = store(Databases.h2(), FAULTS);
    }

    private static final class Postgres {

        static final StatementFaults FAULTS = new StatementFaults(List.of(Fault.CONNECTION_LOSS, Fault.SERIALIZATION_FAILURE,
                Fault.DEADLOCK, Fault.QUERY_CANCELED, Fault.KILLED_BACKEND), Databases.postgres());
        static final JpaCrmStore STORE = store(Databases.postgres(), FAULTS);
    }
}
