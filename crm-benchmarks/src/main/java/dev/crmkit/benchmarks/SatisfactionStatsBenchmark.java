package dev.crmkit.benchmarks;

import dev.crmkit.CrmSession;
import dev.crmkit.casework.SatisfactionQuery;
import dev.crmkit.casework.SatisfactionStats;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
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
 * Satisfaction statistics of a team over a year on PostgreSQL, in a tenant of 100k or 1M surveys: the library beside
 * a hand-written baseline returning the same data: the user (access), the team's catalog entry (the filter's check),
 * and one aggregate over the team's surveys of the period (counts of each CSAT score, NPS answers, promoters and
 * detractors, service-level targets and those met).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class SatisfactionStatsBenchmark {

    private CrmSession admin;
    private SatisfactionQuery query;
    private Timestamp from;
    private Timestamp to;

    /**
     * @param db the loaded database
     */
    @Setup(Level.Trial)
    public void prepare(PostgresSurveys db) {
        admin = db.as(0);
        ZoneId zone = ZoneId.of("America/Sao_Paulo");
        LocalDate today = LocalDate.now(zone);
        query = SatisfactionQuery.builder(today.minusDays(365), today).teamId(db.team).build();
        from = Timestamp.from(today.minusDays(365).atStartOfDay(zone).toInstant());
        to = Timestamp.from(today.plusDays(1).atStartOfDay(zone).toInstant());
        long surveys = admin.satisfaction().statistics(query).surveys();
        if (surveys < db.surveys / 5) {
            throw new IllegalStateException("the team has " + surveys + " surveys");
        }
    }

    /**
     * @return the figures
     */
    @Benchmark
    public SatisfactionStats library() {
        return admin.satisfaction().statistics(query);
    }

    /**
     * @param db the database
     * @return the rows of every part
     */
    @Benchmark
    public List<Object> jdbc(PostgresSurveys db) throws SQLException {
        String tenant = Dataset.tenant(0).value();
        try (Connection c = db.dataSource.getConnection()) {
            c.setAutoCommit(false);
            c.setReadOnly(true);
            List<Object> parts = new ArrayList<>();
            parts.add(Jdbc.rows(c, "select * from crm_user where tenant_id = ? and user_id = ?", tenant, Dataset.user(0).value()));
            parts.add(Jdbc.rows(c, "select * from crm_catalog_entry where tenant_id = ? and id = ?", tenant, db.team.value()));
            parts.add(Jdbc.rows(c, "select count(*), sum(case when csat = 1 then 1 else 0 end), sum(case when csat = 2 then 1 else 0 end),"
                    + " sum(case when csat = 3 then 1 else 0 end), sum(case when csat = 4 then 1 else 0 end),"
                    + " sum(case when csat = 5 then 1 else 0 end), count(nps), sum(case when nps >= 9 then 1 else 0 end),"
                    + " sum(case when nps <= 6 then 1 else 0 end), count(first_response_met),"
                    + " sum(case when first_response_met then 1 else 0 end), count(resolution_met),"
                    + " sum(case when resolution_met then 1 else 0 end) from crm_case_survey"
                    + " where tenant_id = ? and issued_at >= ? and issued_at < ? and team_id = ?", tenant, from, to, db.team.value()));
            c.commit();
            c.setReadOnly(false);
            return parts;
        }
    }
}
