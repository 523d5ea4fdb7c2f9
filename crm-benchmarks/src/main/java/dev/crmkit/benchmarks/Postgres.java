package dev.crmkit.benchmarks;

import dev.crmkit.Crm;
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
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcConnectionPool;
import org.postgresql.ds.PGConnectionPoolDataSource;

/**
 * An embedded PostgreSQL whose data directory outlives the JVM ({@code target/benchmark-postgres/<name>}): the
 * first fork of a run loads the dataset and marks it, later forks and benchmarks find it loaded. One connection
 * pool serves the library and the JDBC baselines alike.
 *
 * <p>A dataset's database and its library ({@link #crm()}) are started once per JVM and shared by every benchmark
 * the JVM runs (a fork runs a whole side of a run, see {@link BenchmarkMain}): starting a cluster and building
 * Hibernate's factory cost seconds that would otherwise be paid by every benchmark and parameter set. The server
 * stops when the JVM exits.
 */
final class Postgres implements AutoCloseable {

    private static final Map<String, Postgres> RUNNING = new ConcurrentHashMap<>();

    /** Whether the machine has {@code sync} (Linux and macOS do; on Windows the write-back is left to the system). */
    private static final boolean SYNC_AVAILABLE = Stream.of("/bin/sync", "/usr/bin/sync")
            .anyMatch(p -> Files.isExecutable(Path.of(p)));

    private final EmbeddedPostgres server;
    private final JdbcConnectionPool pool;
    private final DataSource timed;
    /** Where the write-ahead log stood when {@link #quiesceAll} last left this database, or {@code null}. */
    private volatile String quiescedAt;
    private Crm crm;

    private Postgres(EmbeddedPostgres server, JdbcConnectionPool pool) {
        this.server = server;
        this.pool = pool;
        this.timed = StatementProfiler.timed(pool);
    }

    /**
     * The database of a dataset, with the library's schema migrated: started by the first caller in this JVM,
     * shared with the later ones, stopped when the JVM exits.
     *
     * @param name the dataset's name: its directory
     * @return the running database
     */
    static Postgres start(String name) {
        // The embedded server's own shutdown hook stops it when the JVM exits.
        return RUNNING.computeIfAbsent(name, n -> start(n, false));
    }

    /**
     * Starts a database of its own, optionally empty; the caller closes it.
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
                    // Background work would land in whichever fork runs at the time (a write fork measured 2-6x
                    // slower than its neighbours): vacuum and checkpoints run when BenchmarkMain asks, between
                    // benchmarks, never during one.
                    .setServerConfig("autovacuum", "off")
                    .setServerConfig("checkpoint_timeout", "1d")
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

    /** The pool the library and the baselines use: timed statement by statement when the run asks (see {@link StatementProfiler}). */
    DataSource dataSource() {
        return timed;
    }

    /** The library on this database, built by the first caller (Hibernate's start-up is paid once per JVM). */
    synchronized Crm crm() {
        if (crm == null) {
            crm = Crm.builder().store(JpaCrmStore.fromDataSource(timed)).build();
        }
        return crm;
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

    /**
     * Brings every database this JVM started to the same quiet state before a benchmark is measured: the dead rows
     * the warm-up's writes left are vacuumed and the dirty pages written, so neither side of a pair measures a vacuum
     * or a checkpoint that the other escaped. The planner's statistics stay those of the loaded dataset (an analyze
     * samples rows at random, and a plan that changed between forks would be one more difference between them).
     * Called between benchmarks, never during one. A database whose write-ahead log has not moved since it was last
     * quiesced holds nothing to vacuum or write and is skipped: a fork starts up to ten databases, and vacuuming them
     * all before each of its benchmarks took longer than measuring most of them.
     */
    static void quiesceAll() {
        for (Postgres postgres : RUNNING.values()) {
            try (Connection c = postgres.pool.getConnection(); Statement s = c.createStatement()) {
                c.setAutoCommit(true);
                if (postgres.quiescedAt != null && postgres.quiescedAt.equals(walPosition(s))) {
                    continue;
                }
                s.execute("vacuum");
                s.execute("checkpoint");
                postgres.quiescedAt = walPosition(s);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }
        writeBack();
    }

    /**
     * Has the operating system write its dirty pages to disk now ({@code sync}), where it has the command. The
     * clusters run without {@code fsync}, so a checkpoint's writes, and a dataset's load, only reach the page cache, and
     * the kernel would write them back over the following half minute or so, on the same two cores as whatever runs
     * then. Called after each quiescing and between forks, never during a measurement, so that write-back lands
     * between measurements. (It did not remove the forks that run 1.2–2× slower as a whole now and then, on either
     * side: CONTRIBUTING.md's benchmark section.)
     */
    static void writeBack() {
        if (!SYNC_AVAILABLE) {
            return;
        }
        try {
            new ProcessBuilder("sync").redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start()
                    .waitFor();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String walPosition(Statement s) throws SQLException {
        try (ResultSet rs = s.executeQuery("select pg_current_wal_lsn()::text")) {
            rs.next();
            return rs.getString(1);
        }
    }

    /** Marks a dataset loaded, and refreshes the planner's statistics over it. */
    void markLoaded(String dataset) {
        try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
            c.setAutoCommit(true);
            s.execute("vacuum analyze");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        mark(dataset);
    }

    /** Marks a small addition to a dataset made (too small to change the planner's statistics). */
    void mark(String dataset) {
        try (Connection c = pool.getConnection();
                PreparedStatement insert = c.prepareStatement("insert into bench_dataset (name) values (?)")) {
            insert.setString(1, dataset);
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public synchronized void close() {
        if (crm != null) {
            crm.close();
            crm = null;
        }
        pool.dispose();
        try {
            server.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
