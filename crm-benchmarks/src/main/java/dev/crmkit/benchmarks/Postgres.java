package dev.crmkit.benchmarks;

import dev.crmkit.common.StoreException;
import dev.crmkit.jpa.JpaCrmStore;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcConnectionPool;
import org.postgresql.ds.PGConnectionPoolDataSource;

/**
 * An embedded PostgreSQL whose data directory outlives the JVM ({@code target/benchmark-postgres/<name>}): the
 * first fork of a run loads the dataset and marks it, later forks and benchmarks find it loaded. One connection
 * pool serves the library and the JDBC baselines alike.
 */
final class Postgres implements AutoCloseable {

    private final EmbeddedPostgres server;
    private final JdbcConnectionPool pool;

    private Postgres(EmbeddedPostgres server, JdbcConnectionPool pool) {
        this.server = server;
        this.pool = pool;
    }

    /**
     * Starts (or restarts) the database of a dataset, with the library's schema migrated.
     *
     * @param name the dataset's name: its directory
     * @return the running database
     */
    static Postgres start(String name) {
        return start(name, false);
    }

    /**
     * Starts a database, optionally empty.
     *
     * @param name its directory
     * @param fresh whether to start from an empty cluster (a benchmark that writes much)
     * @return the running database
     */
    static Postgres start(String name, boolean fresh) {
        try {
            return open(name, fresh);
        } catch (StoreException migrationFailed) {
            // A cluster kept from a build with other migrations (their checksums changed): load it again.
            delete(directory(name));
            return open(name, true);
        }
    }

    private static Path directory(String name) {
        return Path.of("target", "benchmark-postgres", name);
    }

    private static void delete(Path directory) {
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Postgres open(String name, boolean fresh) {
        try {
            if (fresh && Files.exists(directory(name))) {
                delete(directory(name));
            }
            EmbeddedPostgres server = EmbeddedPostgres.builder()
                    .setDataDirectory(directory(name))
                    .setCleanDataDirectory(fresh)
                    // Durability is not what is measured; the same settings serve library and baseline.
                    .setServerConfig("fsync", "off")
                    .setServerConfig("synchronous_commit", "off")
                    .setServerConfig("full_page_writes", "off")
                    .setServerConfig("shared_buffers", "512MB")
                    .setServerConfig("max_wal_size", "4GB")
                    .start();
            PGConnectionPoolDataSource target = new PGConnectionPoolDataSource();
            target.setServerNames(new String[] {"localhost"});
            target.setPortNumbers(new int[] {server.getPort()});
            target.setDatabaseName("postgres");
            target.setUser("postgres");
            target.setReWriteBatchedInserts(true);
            JdbcConnectionPool pool = JdbcConnectionPool.create(target);
            pool.setMaxConnections(16);
            try {
                JpaCrmStore.migrate(pool);
            } catch (StoreException e) {
                pool.dispose();
                server.close();
                throw e;
            }
            try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
                s.execute("create table if not exists bench_dataset (name varchar(200) primary key)");
            }
            return new Postgres(server, pool);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    DataSource dataSource() {
        return pool;
    }

    /** Whether a dataset was loaded and marked by an earlier fork. */
    boolean loaded(String dataset) {
        try (Connection c = pool.getConnection();
                PreparedStatement s = c.prepareStatement("select 1 from bench_dataset where name = ?")) {
            s.setString(1, dataset);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Marks a dataset loaded, and refreshes the planner's statistics over it. */
    void markLoaded(String dataset) {
        try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
            c.setAutoCommit(true);
            s.execute("vacuum analyze");
            try (PreparedStatement insert = c.prepareStatement("insert into bench_dataset (name) values (?)")) {
                insert.setString(1, dataset);
                insert.executeUpdate();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        pool.dispose();
        try {
            server.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
