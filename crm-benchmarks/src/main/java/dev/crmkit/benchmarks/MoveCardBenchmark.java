package dev.crmkit.benchmarks;

import dev.crmkit.CrmSession;
import dev.crmkit.common.CardId;
import dev.crmkit.common.EventId;
import dev.crmkit.common.FieldChange;
import dev.crmkit.common.PipelineId;
import dev.crmkit.common.StageId;
import dev.crmkit.event.CardEvent;
import dev.crmkit.event.EventMeta;
import dev.crmkit.io.CrmJson;
import dev.crmkit.pipeline.BoardFilter;
import dev.crmkit.pipeline.Card;
import dev.crmkit.pipeline.MoveCard;
import dev.crmkit.pipeline.PositionKeys;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
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

/**
 * Moving a card to the top of another stage on PostgreSQL, back and forth, the library beside a JDBC baseline
 * doing the same work: the user and the pipeline (access), the card, the first position of the target stage under
 * a lock of the pipeline, the versioned update, one history entry per changed field and the outbox event, then the
 * event's delivery after the commit.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class MoveCardBenchmark {

    private final CrmJson json = new CrmJson();
    private final JdbcRelay relay = new JdbcRelay();
    private CrmSession user;
    private PipelineId pipeline;
    private List<UUID> stages;
    private Card libraryCard;
    private UUID jdbcCard;
    private int moves;

    /**
     * Picks two cards of the measured pipeline's first stage, one per side.
     *
     * @param db the loaded database
     */
    @Setup(Level.Trial)
    public void prepare(PostgresBoard db) {
        user = db.as(1);
        pipeline = db.measured;
        stages = db.stages;
        var first = user.cards().board(pipeline, BoardFilter.builder().cardsPerStage(10).build()).columns().get(0).cards();
        libraryCard = user.cards().get(first.get(0).id());
        jdbcCard = first.get(1).id().value();
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
        String tenant = Dataset.tenant(0).value();
        UUID target = stages.get(1 + moves++ % 2);
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        try (Connection c = db.dataSource.getConnection()) {
            c.setAutoCommit(false);
            exists(c, "select 1 from crm_user where tenant_id = ? and user_id = ? and active", tenant, Dataset.user(1).value());
            exists(c, "select 1 from crm_pipeline_user where tenant_id = ? and pipeline_id = ? and user_id = ?", tenant,
                    pipeline.value(), Dataset.user(1).value());
            exists(c, "select 1 from crm_pipeline where tenant_id = ? and id = ? for update", tenant, pipeline.value());
            String name;
            UUID from;
            String oldPosition;
            long version;
            try (PreparedStatement s = c.prepareStatement(
                    "select name, stage_id, position, version from crm_card where tenant_id = ? and id = ?")) {
                s.setString(1, tenant);
                s.setObject(2, jdbcCard);
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    name = rs.getString(1);
                    from = rs.getObject(2, UUID.class);
                    oldPosition = rs.getString(3);
                    version = rs.getLong(4);
                }
            }
            String first;
            try (PreparedStatement s = c.prepareStatement(
                    "select min(position) from crm_card where tenant_id = ? and pipeline_id = ? and stage_id = ?")) {
                s.setString(1, tenant);
                s.setObject(2, pipeline.value());
                s.setObject(3, target);
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    first = rs.getString(1);
                }
            }
            String position = PositionKeys.between(null, first);
            try (PreparedStatement s = c.prepareStatement("update crm_card set stage_id = ?, position = ?, updated_at = ?,"
                    + " version = version + 1 where tenant_id = ? and id = ? and version = ?")) {
                s.setObject(1, target);
                s.setString(2, position);
                s.setTimestamp(3, Timestamp.from(now));
                s.setString(4, tenant);
                s.setObject(5, jdbcCard);
                s.setLong(6, version);
                if (s.executeUpdate() != 1) {
                    throw new IllegalStateException("stale card");
                }
            }
            // One history entry per field that changed, as the library writes them.
            List<FieldChange> changes = new ArrayList<>();
            if (!from.equals(target)) {
                changes.add(new FieldChange("stageId", from.toString(), target.toString()));
            }
            if (!oldPosition.equals(position)) {
                changes.add(new FieldChange("position", oldPosition, position));
            }
            CardEvent.CardMoved event = new CardEvent.CardMoved(new EventMeta(EventId.newId(), Dataset.tenant(0),
                    Dataset.user(1), now), pipeline, new CardId(jdbcCard), null, name, new StageId(from), new StageId(target),
                    changes);
            try (PreparedStatement s = c.prepareStatement("insert into crm_pipeline_history (tenant_id, id, pipeline_id, card_id,"
                    + " event_id, entry_index, actor, occurred_at, field, old_value, new_value)"
                    + " values (?, gen_random_uuid(), ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (int i = 0; i < changes.size(); i++) {
                    s.setString(1, tenant);
                    s.setObject(2, pipeline.value());
                    s.setObject(3, jdbcCard);
                    s.setObject(4, event.meta().eventId().value());
                    s.setInt(5, i);
                    s.setString(6, Dataset.user(1).value());
                    s.setTimestamp(7, Timestamp.from(now));
                    s.setString(8, changes.get(i).field());
                    s.setString(9, changes.get(i).oldValue());
                    s.setString(10, changes.get(i).newValue());
                    s.addBatch();
                }
                s.executeBatch();
            }
            try (PreparedStatement s = c.prepareStatement(
                    "insert into crm_outbox (tenant_id, event_id, aggregate_type, aggregate_id, payload) values (?, ?, ?, ?, ?)")) {
                s.setString(1, tenant);
                s.setObject(2, event.meta().eventId().value());
                s.setString(3, event.aggregate().type());
                s.setString(4, event.aggregate().id());
                s.setString(5, json.writeEvent(event));
                s.executeUpdate();
            }
            c.commit();
            c.setAutoCommit(true);
            relay.relay(c, tenant);
            return version + 1;
        }
    }

    private static void exists(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalStateException("not found: " + sql);
                }
            }
        }
    }
}
