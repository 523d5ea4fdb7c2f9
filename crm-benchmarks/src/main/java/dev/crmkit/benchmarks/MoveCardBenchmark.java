package dev.crmkit.benchmarks;

import dev.crmkit.CrmSession;
import dev.crmkit.common.PipelineId;
import dev.crmkit.common.StageId;
import dev.crmkit.pipeline.BoardFilter;
import dev.crmkit.pipeline.Card;
import dev.crmkit.pipeline.MoveCard;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
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
 * Moving a card to the top of another stage on PostgreSQL, back and forth, the library beside a JDBC baseline
 * doing the same work ({@link JdbcCards#move}): the user and the pipeline (access), the card, the first position of
 * the target stage under a lock of the pipeline, the versioned update, one history entry per changed field and the
 * outbox event, then the event's delivery after the commit.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class MoveCardBenchmark {

    private final JdbcCards cards = new JdbcCards();
    private final JdbcRelay relay = new JdbcRelay();
    private CrmSession user;
    private PipelineId pipeline;
    private List<UUID> stages;
    private Card libraryCard;
    private UUID jdbcCard;
    private long jdbcVersion;
    private List<Object[]> placed;
    private int moves;

    /**
     * Picks two cards of the measured pipeline's first stage, one per side.
     *
     * @param db the loaded database
     */
    @Setup(Level.Trial)
    public void prepare(PostgresBoard db) throws SQLException {
        user = db.as(1);
        pipeline = db.measured;
        stages = db.stages;
        var first = user.cards().board(pipeline, BoardFilter.builder().cardsPerStage(10).build()).columns().get(0).cards();
        libraryCard = user.cards().get(first.get(0).id());
        jdbcCard = first.get(1).id().value();
        jdbcVersion = user.cards().get(first.get(1).id()).version().value();
        try (Connection c = db.dataSource.getConnection()) {
            placed = Jdbc.rows(c, "select id, stage_id, position from crm_card where tenant_id = ? and id = any (?)",
                    Dataset.tenant(0).value(), c.createArrayOf("uuid", new Object[] {libraryCard.id().value(), jdbcCard}));
        }
    }

    /**
     * Puts both cards back where they were (their versions stay), so the measured board keeps its stages from run to
     * run.
     *
     * @param db the database
     */
    @TearDown(Level.Trial)
    public void restore(PostgresBoard db) throws SQLException {
        try (Connection c = db.dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("update crm_card set stage_id = ?, position = ? where tenant_id = ? and id = ?")) {
            for (Object[] card : placed) {
                s.setObject(1, card[1]);
                s.setObject(2, card[2]);
                s.setString(3, Dataset.tenant(0).value());
                s.setObject(4, card[0]);
                s.executeUpdate();
            }
        }
    }

    /**
     * @return the moved card
     */
    @Benchmark
    public Card library() {
        StageId target = new StageId(stages.get(1 + moves++ % 2));
        libraryCard = user.cards().move(new MoveCard(libraryCard.id(), target, null, libraryCard.version()));
        return libraryCard;
    }

    /**
     * @param db the database
     * @return the card's new version
     */
    @Benchmark
    public long jdbc(PostgresBoard db) throws SQLException {
        UUID target = stages.get(1 + moves++ % 2);
        try (Connection c = db.dataSource.getConnection()) {
            jdbcVersion = cards.move(c, Dataset.tenant(0), Dataset.user(1), jdbcCard, target, jdbcVersion);
            relay.relay(c, Dataset.tenant(0).value());
            return jdbcVersion;
        }
    }
}
