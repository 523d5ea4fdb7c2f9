package dev.crmkit.benchmarks;

import dev.crmkit.CrmSession;
import dev.crmkit.common.Money;
import dev.crmkit.common.Version;
import dev.crmkit.pipeline.Card;
import dev.crmkit.pipeline.UpdateCard;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Set;
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
 * Updating a card's fields (its name, description and value change; its label, member and salesperson stay) on
 * PostgreSQL, back and forth between two states, the library beside a JDBC baseline doing the same work
 * ({@link JdbcCards#update}): the acting user, the card under a lock with its labels and members, the pipeline's
 * users, the salesperson, the versioned update, a history entry per changed field (three), the outbox event, then
 * the event's delivery after the commit. Each side changes a card of its own in the writes pipeline.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class UpdateCardBenchmark {

    private final JdbcCards cards = new JdbcCards();
    private final JdbcRelay relay = new JdbcRelay();
    private CrmSession user;
    private PostgresBoard.Writes writes;
    private Card libraryCard;
    private Card jdbcCard;
    private long jdbcVersion;
    private boolean libraryRenamed;
    private boolean jdbcRenamed;

    /**
     * @param db the loaded database
     */
    @Setup(Level.Trial)
    public void prepare(PostgresBoard db) throws SQLException {
        user = db.as(1);
        writes = db.writes();
        libraryCard = user.cards().get(writes.cards().get(0));
        jdbcCard = user.cards().get(writes.cards().get(1));
        jdbcVersion = jdbcCard.version().value();
        libraryRenamed = libraryCard.name().endsWith(RENAMED);
        jdbcRenamed = jdbcCard.name().endsWith(RENAMED);
    }

    private static final String RENAMED = " (renamed)";

    /**
     * The other of a card's two states, from the one it is in (a trial starts where the last one stopped), so every
     * update changes the same three fields.
     */
    private static UpdateCard next(Card card, long version, boolean renamed) {
        String name = card.name().replaceFirst(" \\(.*", "");
        return new UpdateCard(card.id(), renamed ? name + " (again)" : name + RENAMED,
                renamed ? "Aguardando retorno" : "Proposta enviada", card.labels(), card.members(),
                card.salespersonId().orElse(null), Money.of(renamed ? "1000" : "2500", "BRL"), null, null, Version.of(version));
    }

    /**
     * @return the updated card
     */
    @Benchmark
    public Card library() {
        libraryCard = user.cards().update(next(libraryCard, libraryCard.version().value(), libraryRenamed));
        libraryRenamed = !libraryRenamed;
        return libraryCard;
    }

    /**
     * @param db the database
     * @return the card's new version
     */
    @Benchmark
    public long jdbc(PostgresBoard db) throws SQLException {
        try (Connection c = db.dataSource.getConnection()) {
            jdbcVersion = cards.update(c, Dataset.tenant(0), Dataset.user(1), next(jdbcCard, jdbcVersion, jdbcRenamed));
            jdbcRenamed = !jdbcRenamed;
            relay.relay(c, Dataset.tenant(0).value());
            return jdbcVersion;
        }
    }
}
