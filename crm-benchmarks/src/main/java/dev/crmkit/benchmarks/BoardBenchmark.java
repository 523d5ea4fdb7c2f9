package dev.crmkit.benchmarks;

import dev.crmkit.CrmSession;
import dev.crmkit.pipeline.Board;
import dev.crmkit.pipeline.BoardFilter;
import java.sql.Array;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

/**
 * The board on PostgreSQL: 10 stages of 500 cards shown 50 or 500 per stage with labels, members, counts,
 * per-currency sums and stagnant counts, while the tenant holds 10k or 1M cards. The library beside a JDBC
 * baseline returning the same data: the user and the pipeline (access), each stage's top cards by position
 * (a lateral join) with their count of pending agenda entries, their labels and members, and the per-stage
 * totals.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class BoardBenchmark {

    /** Cards per stage the board shows. */
    @Param({"50", "500"})
    public int cardsPerStage;

    private CrmSession user;
    private BoardFilter filter;
    private List<UUID> stagnantStages;

    /**
     * @param db the loaded database
     */
    @Setup(Level.Trial)
    public void prepare(PostgresBoard db) throws SQLException {
        user = db.as(1);
        filter = BoardFilter.builder().cardsPerStage(cardsPerStage).build();
        stagnantStages = new ArrayList<>();
        for (int s = 0; s < db.stages.size(); s++) {
            if (s % 3 != 0) {
                stagnantStages.add(db.stages.get(s));
            }
        }
        if (db.measuredCards() != 5_000) {
            throw new IllegalStateException("the measured pipeline holds " + db.measuredCards() + " cards");
        }
    }

    /**
     * @return the board
     */
    @Benchmark
    public Board library(PostgresBoard db) {
        return user.cards().board(db.measured, filter);
    }

    /**
     * @param db the database
     * @return the rows of every part
     */
    @Benchmark
    public List<Object> jdbc(PostgresBoard db) throws SQLException {
        String tenant = Dataset.tenant(0).value();
        UUID pipeline = db.measured.value();
        Timestamp stale = Timestamp.from(Instant.now().minus(Duration.ofDays(7)));
        try (Connection c = db.dataSource.getConnection()) {
            c.setAutoCommit(false);
            c.setReadOnly(true);
            List<Object> parts = new ArrayList<>();
            parts.add(Jdbc.rows(c, "select * from crm_user where tenant_id = ? and user_id = ?", tenant, Dataset.user(1).value()));
            parts.add(Jdbc.rows(c, "select * from crm_pipeline where tenant_id = ? and id = ?", tenant, pipeline));
            parts.add(Jdbc.rows(c, "select user_id from crm_pipeline_user where tenant_id = ? and pipeline_id = ?", tenant, pipeline));
            Array stages = c.createArrayOf("uuid", db.stages.toArray());
            Array stagnant = c.createArrayOf("uuid", stagnantStages.toArray());
            List<Object[]> cards = Jdbc.rows(c, "select c.id, c.stage_id, c.position, c.name, c.salesperson_id, c.value_amount,"
                    + " c.value_currency, c.expected_close_date, c.account_id, a.legal_name,"
                    + " coalesce(a.created_at, c.created_at), c.archived, c.lost_at, c.converted_to_customer_at,"
                    + " c.converted_to_service_at, case when c.is_open and c.stage_id = any(?) and c.updated_at <= ? then 1 else 0 end,"
                    + " c.comment_count, c.attachment_count, c.created_at, c.updated_at, c.version,"
                    + " (select count(*) from crm_agenda_entry t where t.tenant_id = c.tenant_id and t.card_id = c.id"
                    + " and t.status = 'PENDING')"
                    + " from unnest(?::uuid[]) s(stage_id) cross join lateral (select * from crm_card x where x.tenant_id = ?"
                    + " and x.pipeline_id = ? and x.stage_id = s.stage_id and not x.archived order by x.position, x.id limit ?) c"
                    + " left join crm_account a on a.tenant_id = c.tenant_id and a.id = c.account_id",
                    stagnant, stale, stages, tenant, pipeline, cardsPerStage + 1);
            Array ids = c.createArrayOf("uuid", cards.stream().map(r -> r[0]).toArray());
            Map<Object, List<Object>> labels = children(c, "select card_id, label_id from crm_card_label where tenant_id = ?"
                    + " and card_id = any(?)", tenant, ids);
            Map<Object, List<Object>> members = children(c, "select card_id, user_id from crm_card_member where tenant_id = ?"
                    + " and card_id = any(?)", tenant, ids);
            parts.add(cards);
            parts.add(labels);
            parts.add(members);
            parts.add(Jdbc.rows(c, "select stage_id, value_currency, count(*), sum(value_amount),"
                    + " sum(case when is_open and stage_id = any(?) and updated_at <= ? then 1 else 0 end)"
                    + " from crm_card where tenant_id = ? and pipeline_id = ? and not archived group by stage_id, value_currency",
                    stagnant, stale, tenant, pipeline));
            c.commit();
            // The pool lends its connections on as they come back: the next may be a write.
            c.setReadOnly(false);
            return parts;
        }
    }

    private static Map<Object, List<Object>> children(Connection c, String sql, Object... params) throws SQLException {
        Map<Object, List<Object>> byCard = new HashMap<>();
        for (Object[] row : Jdbc.rows(c, sql, params)) {
            byCard.computeIfAbsent(row[0], k -> new ArrayList<>()).add(row[1]);
        }
        return byCard;
    }
}
