package dev.crmkit.benchmarks;

import dev.crmkit.CrmSession;
import dev.crmkit.common.Money;
import dev.crmkit.pipeline.Card;
import dev.crmkit.pipeline.CreateCard;
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
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Creating a card (a name, a label, a member, a salesperson and a value) at the end of a stage on PostgreSQL, the
 * library beside a JDBC baseline doing the same work ({@link JdbcCards#create}): the acting user, the pipeline under
 * a lock, its users, the last position of the stage, the card with its label and member, a history entry per field,
 * the outbox event, then the event's delivery after the commit. Cards go to the ten stages of the writes pipeline in
 * turn, in the tenant of {@code tenantCards} cards; each iteration's cards are deleted after it (a stage's end keys
 * grow by a character every few cards appended, so a stage must not take thousands).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class CreateCardBenchmark {

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

    private CreateCard nextCard() {
        int n = next++;
        return new CreateCard(writes.pipeline(), writes.stages().get(n % writes.stages().size()),
                String.format(Locale.ROOT, "Created card %d", n), null, Set.of(writes.label()), Set.of(Dataset.user(2)),
                Dataset.user(3), Money.of("1500", "BRL"), null, null);
    }

    /**
     * @return the card
     */
    @Benchmark
    public Card library() {
        Card card = user.cards().create(nextCard());
        created.add(card.id().value());
        return card;
    }

    /**
     * @param db the database
     * @return the card's id
     */
    @Benchmark
    public UUID jdbc(PostgresBoard db) throws SQLException {
        try (Connection c = db.dataSource.getConnection()) {
            UUID id = cards.create(c, Dataset.tenant(0), Dataset.user(1), nextCard());
            created.add(id);
            relay.relay(c, Dataset.tenant(0).value());
            return id;
        }
    }
}
