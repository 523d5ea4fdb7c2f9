package dev.crmkit.benchmarks;

import dev.crmkit.CrmSession;
import dev.crmkit.common.CardId;
import dev.crmkit.common.Money;
import dev.crmkit.pipeline.ImportCards;
import dev.crmkit.pipeline.ImportedCard;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
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
 * Importing cards on PostgreSQL (target: at least 70% of a JDBC batch's throughput, so time ≤ 1/0.7 of it): the
 * library's {@code importCards} beside a JDBC baseline doing the same work in one transaction with one batch per
 * table ({@link JdbcCards#importCards}): the cards (a name, a label, a member, a salesperson and a value each, spread
 * over the ten stages of the writes pipeline), their labels and members, a history entry per field, an outbox event
 * per card, then the delivery of the events after the commit. Each iteration's cards are deleted after it.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ImportCardsBenchmark {

    /** Cards per import. */
    @Param("1000")
    public int rows;

    private final JdbcCards cards = new JdbcCards();
    private final JdbcRelay relay = new JdbcRelay();
    private final List<UUID> created = new ArrayList<>();
    private CrmSession user;
    private PostgresBoard.Writes writes;
    private int next;

    /**
     * @param db the loaded database
     */
    @Setup(Level.Trial)
    public void prepare(PostgresBoard db) throws SQLException {
        user = db.as(1);
        writes = db.writes();
    }

    /**
     * Deletes the cards the iteration created.
     *
     * @param db the database
     */
    @TearDown(Level.Iteration)
    public void delete(PostgresBoard db) throws SQLException {
        db.deleteCards(created);
        created.clear();
    }

    private List<ImportedCard> nextRows() {
        List<ImportedCard> batch = new ArrayList<>(rows);
        for (int i = 0; i < rows; i++) {
            int n = next++;
            batch.add(ImportedCard.named(String.format(Locale.ROOT, "Imported card %d", n))
                    .stageId(writes.stages().get(n % writes.stages().size())).labels(Set.of(writes.label()))
                    .members(Set.of(Dataset.user(2))).salespersonId(Dataset.user(3)).value(Money.of("1500", "BRL")).build());
        }
        return batch;
    }

    /**
     * @return the cards' ids
     */
    @Benchmark
    public List<CardId> library() {
        List<CardId> ids = user.cards().importCards(new ImportCards(writes.pipeline(), nextRows()));
        ids.forEach(id -> created.add(id.value()));
        return ids;
    }

    /**
     * @param db the database
     * @return the cards' ids
     */
    @Benchmark
    public List<UUID> jdbc(PostgresBoard db) throws SQLException {
        try (Connection c = db.dataSource.getConnection()) {
            List<UUID> ids = cards.importCards(c, Dataset.tenant(0), Dataset.user(1), writes.pipeline(), nextRows());
            created.addAll(ids);
            relay.relay(c, Dataset.tenant(0).value());
            return ids;
        }
    }
}
