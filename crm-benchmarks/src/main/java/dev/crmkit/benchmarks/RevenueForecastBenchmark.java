package dev.crmkit.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crmkit.CrmSession;
import dev.crmkit.revenue.RevenueForecast;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
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
 * A pipeline's revenue forecast on PostgreSQL: its open valued cards ({@code orderLines / 50}) summed by salesperson,
 * expected close month and currency, weighted by each stage's win probability, in a tenant of {@code orderLines}
 * order lines. The library beside a JDBC baseline returning the same data: the acting user, the pipeline (its stages'
 * probabilities) and its users, one aggregate over the cards, and the salespeople's names; the weighting in Java.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class RevenueForecastBenchmark {

    private static final ObjectMapper JSON = new ObjectMapper();

    private CrmSession admin;

    /**
     * @param db the loaded database
     */
    @Setup(Level.Trial)
    public void prepare(PostgresRevenue db) {
        admin = db.as(0);
        int lines = admin.revenue().forecast(db.pipeline).lines().size();
        if (lines < PostgresRevenue.SALESPEOPLE * 10) {
            throw new IllegalStateException("the forecast has " + lines + " lines");
        }
    }

    /**
     * @param db the database
     * @return the forecast
     */
    @Benchmark
    public RevenueForecast library(PostgresRevenue db) {
        return admin.revenue().forecast(db.pipeline);
    }

    /**
     * @param db the database
     * @return the weighted sums by salesperson, month and currency, and the names
     */
    @Benchmark
    public List<Object> jdbc(PostgresRevenue db) throws SQLException {
        String tenant = Dataset.tenant(0).value();
        try (Connection c = db.dataSource.getConnection()) {
            c.setAutoCommit(false);
            c.setReadOnly(true);
            List<Object> parts = new ArrayList<>();
            parts.add(Jdbc.acting(c, Dataset.tenant(0), Dataset.user(0)));
            Object[] pipeline = Jdbc.rows(c, "select name, stages from crm_pipeline where tenant_id = ? and id = ?", tenant,
                    db.pipeline.value()).get(0);
            parts.add(Jdbc.rows(c, "select user_id from crm_pipeline_user where tenant_id = ? and pipeline_id = ?", tenant,
                    db.pipeline.value()));
            Map<String, Integer> probability = new HashMap<>();
            try {
                for (JsonNode stage : JSON.readTree((String) pipeline[1])) {
                    if (stage.hasNonNull("winProbability")) {
                        probability.put(stage.get("id").asText(), stage.get("winProbability").asInt());
                    }
                }
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
            Map<List<Object>, BigDecimal[]> sums = new HashMap<>();
            Set<String> salespeople = new HashSet<>();
            for (Object[] row : Jdbc.rows(c, "select stage_id, salesperson_id, date_trunc('month', expected_close_date),"
                    + " value_currency, sum(value_amount), count(*) from crm_card where tenant_id = ? and pipeline_id = ?"
                    + " and is_open and value_amount is not null group by 1, 2, 3, 4", tenant, db.pipeline.value())) {
                List<Object> key = java.util.Arrays.asList(row[1], row[2], row[3]);
                BigDecimal[] sum = sums.computeIfAbsent(key, k -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
                Integer percent = probability.get(row[0].toString());
                BigDecimal amount = (BigDecimal) row[4];
                sum[0] = sum[0].add(percent == null ? BigDecimal.ZERO : amount.multiply(BigDecimal.valueOf(percent)));
                sum[1] = sum[1].add(amount);
                if (row[1] != null) {
                    salespeople.add((String) row[1]);
                }
            }
            sums.values().forEach(sum -> sum[0] = sum[0].movePointLeft(2).setScale(2, RoundingMode.HALF_EVEN));
            parts.add(sums);
            parts.add(Jdbc.rows(c, "select user_id, display_name from crm_user where tenant_id = ? and user_id = any(?)",
                    tenant, c.createArrayOf("varchar", salespeople.toArray())));
            c.commit();
            // The pool lends its connections on as they come back: the next may be a write.
            c.setReadOnly(false);
            return parts;
        }
    }
}
