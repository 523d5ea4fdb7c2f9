package dev.crmkit.benchmarks;

import dev.crmkit.CrmSession;
import dev.crmkit.casework.CaseQueue;
import dev.crmkit.casework.CaseStatus;
import dev.crmkit.casework.QueuedCase;
import dev.crmkit.common.Page;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
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
 * The case queue of a team on PostgreSQL: the first 50 new and open cases of the measured team, most urgent first, with
 * both service-level clocks read, while the tenant holds 10k or 1M cases. The library beside a JDBC baseline returning
 * the same data: the user (access), the team's catalog entry (the filter's check), the page of cases in due-time order,
 * and the tenant's service levels.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class CaseQueueBenchmark {

    private static final int PAGE = 50;

    private CrmSession user;
    private CaseQueue query;

    /**
     * @param db the loaded database
     */
    @Setup(Level.Trial)
    public void prepare(PostgresCases db) {
        user = db.as(1);
        query = CaseQueue.builder().teams(Set.of(db.team)).statuses(CaseStatus.NEW, CaseStatus.OPEN).pageSize(PAGE).build();
        int found = user.cases().queue(query).items().size();
        if (found != PAGE) {
            throw new IllegalStateException("the team's queue shows " + found + " cases");
        }
    }

    /**
     * @param db the database
     * @return the page
     */
    @Benchmark
    public Page<QueuedCase> library(PostgresCases db) {
        return user.cases().queue(query);
    }

    /**
     * @param db the database
     * @return the rows of every part
     */
    @Benchmark
    public List<Object> jdbc(PostgresCases db) throws SQLException {
        String tenant = Dataset.tenant(0).value();
        try (Connection c = db.dataSource.getConnection()) {
            c.setAutoCommit(false);
            c.setReadOnly(true);
            List<Object> parts = new ArrayList<>();
            parts.add(Jdbc.rows(c, "select * from crm_user where tenant_id = ? and user_id = ?", tenant, Dataset.user(1).value()));
            parts.add(Jdbc.rows(c, "select * from crm_catalog_entry where tenant_id = ? and id = ?", tenant, db.team.value()));
            parts.add(Jdbc.rows(c, "select * from crm_case where tenant_id = ? and team_id = ? and status in ('NEW', 'OPEN')"
                    + " order by sla_due_at nulls last, id limit ?", tenant, db.team.value(), PAGE + 1));
            parts.add(Jdbc.rows(c, "select * from crm_sla_settings where tenant_id = ?", tenant));
            c.commit();
            // The pool lends its connections on as they come back: the next may be a write.
            c.setReadOnly(false);
            return parts;
        }
    }
}
