package dev.crmkit.benchmarks;

import dev.crmkit.CrmSession;
import dev.crmkit.common.CardId;
import dev.crmkit.pipeline.AddComment;
import dev.crmkit.pipeline.Comment;
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
 * Commenting on a card on PostgreSQL, the library beside a JDBC baseline doing the same work
 * ({@link JdbcCards#addComment}): the acting user, the card under a lock, the pipeline's users, the card's comments
 * (a JSON document in its row) read, extended and written back, the history entry, the outbox event, then the event's
 * delivery after the commit. The comments go to the writes pipeline's cards in turn; each iteration starts from
 * cards without comments (an iteration leaves a few on each).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class AddCommentBenchmark {

    private final JdbcCards cards = new JdbcCards();
    private final JdbcRelay relay = new JdbcRelay();
    private CrmSession user;
    private PostgresBoard.Writes writes;
    private List<CardId> commented;
    private int next;

    /**
     * @param db the loaded database
     */
    @Setup(Level.Trial)
    public void prepare(PostgresBoard db) throws SQLException {
        user = db.as(1);
        writes = db.writes();
        // The first two are the update benchmark's.
        commented = writes.cards().subList(2, writes.cards().size());
        clear(db);
    }

    /**
     * Takes the comments off the writes pipeline's cards.
     *
     * @param db the database
     */
    @TearDown(Level.Iteration)
    public void clear(PostgresBoard db) throws SQLException {
        try (Connection c = db.dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("update crm_card set comments = '[]', comment_count = 0,"
                        + " version = version + 1 where tenant_id = ? and pipeline_id = ? and comment_count > 0")) {
            s.setString(1, Dataset.tenant(0).value());
            s.setObject(2, writes.pipeline().value());
            s.executeUpdate();
        }
    }

    private AddComment nextComment() {
        int n = next++;
        return new AddComment(commented.get(n % commented.size()), "Cliente pediu nova proposta com desconto, retorno " + n);
    }

    /**
     * @return the new comment
     */
    @Benchmark
    public Comment library() {
        return user.cards().addComment(nextComment());
    }

    /**
     * @param db the database
     * @return the comment's id
     */
    @Benchmark
    public UUID jdbc(PostgresBoard db) throws SQLException {
        try (Connection c = db.dataSource.getConnection()) {
            UUID id = cards.addComment(c, Dataset.tenant(0), Dataset.user(1), nextComment());
            relay.relay(c, Dataset.tenant(0).value());
            return id;
        }
    }
}
