package dev.crmkit.benchmarks;

import dev.crmkit.CrmSession;
import dev.crmkit.account.Account;
import dev.crmkit.account.AccountQuery;
import dev.crmkit.account.AccountSort;
import dev.crmkit.account.AccountStatus;
import dev.crmkit.account.Classification;
import dev.crmkit.common.Page;
import dev.crmkit.common.SortDirection;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
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

/**
 * The account query on PostgreSQL, the library through its JPA adapter beside a hand-written JDBC baseline
 * returning the same rows (the accounts with their responsibles, characteristic values and interests): three
 * combined filters (classification, status, country) plus a team access scope, a page of 50 by name, the first page
 * and a deep one by keyset (the 21st, or the last full page of a smaller dataset, at least the 4th: the quick run's
 * 20k accounts give 2,000 to a tenant and 4 full pages to the query). Both sides read
 * the acting user, whose team the scope needs.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class AccountQueryBenchmark {

    private static final int PAGE = 50;
    private static final int DEEP = 20;

    private CrmSession teamUser;
    private AccountQuery first;
    private AccountQuery deep;
    private String deepNameKey;
    private UUID deepId;

    /**
     * Prepares both sides' deep page: the library's cursor and the baseline's keyset.
     *
     * @param db the loaded database
     */
    @Setup(Level.Trial)
    public void prepare(PostgresAccounts db) throws SQLException {
        teamUser = db.as(2);
        first = AccountQuery.builder()
                .classifications(List.of(Classification.CUSTOMER, Classification.PROSPECT))
                .statuses(List.of(AccountStatus.ACTIVE))
                .place(null, null, "BR")
                .sort(AccountSort.NAME, SortDirection.ASC).pageSize(PAGE).build();
        deep = first;
        int page = 0;
        for (Page<Account> found = teamUser.accounts().query(first); page < DEEP && found.nextCursor() != null; page++) {
            Account last = found.items().get(found.items().size() - 1);
            AccountQuery next = first.after(found.nextCursor());
            Page<Account> following = teamUser.accounts().query(next);
            if (following.items().size() < PAGE) {
                break; // the deep page is a full one
            }
            deep = next;
            deepNameKey = last.nameKey();
            deepId = last.id().value();
            found = following;
        }
        if (page < 3) {
            throw new IllegalStateException("the dataset has no deep page: " + (page + 1) + " pages match");
        }
    }

    /**
     * @return the first page
     */
    @Benchmark
    public Page<Account> libraryFirstPage() {
        return teamUser.accounts().query(first);
    }

    /**
     * @return the 21st page
     */
    @Benchmark
    public Page<Account> libraryDeepPage() {
        return teamUser.accounts().query(deep);
    }

    /**
     * @param db the database
     * @return the first page's rows
     */
    @Benchmark
    public List<Object[]> jdbcFirstPage(PostgresAccounts db) throws SQLException {
        return page(db, null, null);
    }

    /**
     * @param db the database
     * @return the 21st page's rows
     */
    @Benchmark
    public List<Object[]> jdbcDeepPage(PostgresAccounts db) throws SQLException {
        return page(db, deepNameKey, deepId);
    }

    /** The baseline: the page's accounts, then their responsibles, values and interests, one statement each. */
    private List<Object[]> page(PostgresAccounts db, String afterKey, UUID afterId) throws SQLException {
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
            String sql = "select a.* from crm_account a where a.tenant_id = ? and a.classification in ('CUSTOMER', 'PROSPECT')"
                    + " and a.status in ('ACTIVE') and a.country = ?"
                    + " and exists (select 1 from crm_account_responsible r join crm_user u on u.tenant_id = r.tenant_id"
                    + " and u.user_id = r.user_id where r.tenant_id = a.tenant_id and r.account_id = a.id and u.team_id = ?)"
                    + (afterKey == null ? "" : " and (a.name_key, a.id) > (?, ?)")
                    + " order by a.name_key, a.id limit " + PAGE;
            List<Object[]> rows;
            try (PreparedStatement s = c.prepareStatement(sql)) {
                s.setString(1, Dataset.tenant(0).value());
                s.setString(2, "BR");
                s.setObject(3, team);
                if (afterKey != null) {
                    s.setString(4, afterKey);
                    s.setObject(5, afterId);
                }
                rows = JdbcAccountPage.read(c, s);
            }
            c.commit();
            // The pool lends its connections on as they come back: the next may be a write.
            c.setReadOnly(false);
            return rows;
        }
    }

}
