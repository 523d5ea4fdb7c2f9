package dev.crmkit.benchmarks;

import dev.crmkit.CrmSession;
import dev.crmkit.account.Account;
import dev.crmkit.account.AccountQuery;
import dev.crmkit.account.AccountSort;
import dev.crmkit.account.AccountStatus;
import dev.crmkit.account.Classification;
import dev.crmkit.common.Page;
import dev.crmkit.common.SortDirection;
import dev.crmkit.segment.CreateSegment;
import dev.crmkit.segment.DeleteSegment;
import dev.crmkit.segment.Segment;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
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
 * A segment's count and first preview page on PostgreSQL, the library through its JPA adapter beside a hand-written
 * JDBC baseline answering the same: the number of matches, then the first page of 50 by name with the accounts'
 * responsibles, characteristic values and interests. The segment combines classification, status, country, the
 * supplier flag and "no case still to be dealt with" (a NOT EXISTS over the cases), read by a team-scoped user; both
 * sides read the acting user, whose team the scope needs. The library answers in two use-case calls (count, then
 * preview), each reading the segment; the baseline in one connection.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class SegmentBenchmark {

    private static final int PAGE = 50;
    private static final String FILTER = " from crm_account a where a.tenant_id = ? and a.classification in ('CUSTOMER', 'PROSPECT')"
            + " and a.status in ('ACTIVE') and a.country = ? and a.supplier = false"
            + " and not exists (select 1 from crm_case k where k.tenant_id = a.tenant_id and k.account_id = a.id"
            + " and k.status in ('NEW', 'OPEN', 'WAITING_CUSTOMER'))"
            + " and exists (select 1 from crm_account_responsible r join crm_user u on u.tenant_id = r.tenant_id"
            + " and u.user_id = r.user_id where r.tenant_id = a.tenant_id and r.account_id = a.id and u.team_id = ?)";

    private CrmSession teamUser;
    private Segment segment;

    /**
     * Saves the segment, as the team user.
     *
     * @param db the loaded database
     */
    @Setup(Level.Trial)
    public void prepare(PostgresAccounts db) {
        teamUser = db.as(2);
        segment = teamUser.segments().create(new CreateSegment("Benchmark " + UUID.randomUUID(), false, AccountQuery.builder()
                .classifications(List.of(Classification.CUSTOMER, Classification.PROSPECT))
                .statuses(List.of(AccountStatus.ACTIVE))
                .place(null, null, "BR")
                .supplier(false)
                .openCase(false)
                .sort(AccountSort.NAME, SortDirection.ASC).pageSize(PAGE).build()));
        long count = teamUser.segments().count(segment.id());
        if (count < PAGE) {
            throw new IllegalStateException("the segment matches " + count + " accounts, less than a page");
        }
    }

    /** Deletes the segment, so the database stays as loaded. */
    @TearDown(Level.Trial)
    public void deleteSegment() {
        teamUser.segments().delete(DeleteSegment.of(segment));
    }

    /**
     * @return the count and the first page
     */
    @Benchmark
    public Map.Entry<Long, Page<Account>> library() {
        return Map.entry(teamUser.segments().count(segment.id()), teamUser.segments().preview(segment.id(), null));
    }

    /**
     * @param db the database
     * @return the count and the first page's rows
     */
    @Benchmark
    public Map.Entry<Long, List<Object[]>> jdbc(PostgresAccounts db) throws SQLException {
        try (Connection c = db.dataSource.getConnection()) {
            c.setAutoCommit(false);
            c.setReadOnly(true);
            UUID team;
            try (PreparedStatement s = c.prepareStatement("select team_id from crm_user where tenant_id = ? and user_id = ? and active")) {
                s.setString(1, Dataset.tenant(0).value());
                s.setString(2, Dataset.user(2).value());
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    team = rs.getObject(1, UUID.class);
                }
            }
            long count;
            try (PreparedStatement s = c.prepareStatement("select count(*)" + FILTER)) {
                bind(s, team);
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    count = rs.getLong(1);
                }
            }
            List<Object[]> rows;
            try (PreparedStatement s = c.prepareStatement("select a.*" + FILTER + " order by a.name_key, a.id limit " + PAGE)) {
                bind(s, team);
                rows = JdbcAccountPage.read(c, s);
            }
            c.commit();
            // The pool lends its connections on as they come back: the next may be a write.
            c.setReadOnly(false);
            return Map.entry(count, rows);
        }
    }

    private static void bind(PreparedStatement s, UUID team) throws SQLException {
        s.setString(1, Dataset.tenant(0).value());
        s.setString(2, "BR");
        s.setObject(3, team);
    }

}
