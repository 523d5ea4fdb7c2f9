package dev.crmkit.benchmarks;

import dev.crmkit.CrmSession;
import dev.crmkit.revenue.CustomerRevenue;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
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
 * A customer's realised revenue on PostgreSQL: its 10k orders' invoiced subtotals by month over the trailing twelve
 * months, and their sum, while the tenant holds {@code orderLines} order lines. The library beside a JDBC baseline
 * returning the same data: the acting user, the account (its scope), and one aggregate by month and currency.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class CustomerRevenueBenchmark {

    private static final ZoneId ZONE = ZoneId.of("America/Sao_Paulo");

    private CrmSession admin;

    /**
     * @param db the loaded database
     */
    @Setup(Level.Trial)
    public void prepare(PostgresRevenue db) {
        admin = db.as(0);
        int months = admin.revenue().ofCustomer(db.customer).months().size();
        if (months < 12) {
            throw new IllegalStateException("the customer's revenue spans " + months + " months");
        }
    }

    /**
     * @param db the database
     * @return the revenue
     */
    @Benchmark
    public CustomerRevenue library(PostgresRevenue db) {
        return admin.revenue().ofCustomer(db.customer);
    }

    /**
     * @param db the database
     * @return the rows of every part
     */
    @Benchmark
    public List<Object> jdbc(PostgresRevenue db) throws SQLException {
        String tenant = Dataset.tenant(0).value();
        LocalDate today = LocalDate.now(ZONE);
        OffsetDateTime since = today.minusMonths(12).atStartOfDay(ZONE).toOffsetDateTime();
        OffsetDateTime until = today.plusDays(1).atStartOfDay(ZONE).toOffsetDateTime();
        try (Connection c = db.dataSource.getConnection()) {
            c.setAutoCommit(false);
            c.setReadOnly(true);
            List<Object> parts = new java.util.ArrayList<>();
            parts.add(Jdbc.acting(c, Dataset.tenant(0), Dataset.user(0)));
            parts.add(Jdbc.rows(c, "select id from crm_account where tenant_id = ? and id = ?", tenant, db.customer.value()));
            // The months' bounds computed here, each order put in its month by width_bucket over them: converting every
            // row's instant to the zone to truncate it (date_trunc at time zone) costs more than the sum itself.
            List<OffsetDateTime> bounds = new java.util.ArrayList<>();
            bounds.add(since);
            for (java.time.YearMonth month = java.time.YearMonth.from(since).plusMonths(1);
                    !month.isAfter(java.time.YearMonth.from(today)); month = month.plusMonths(1)) {
                bounds.add(month.atDay(1).atStartOfDay(ZONE).toOffsetDateTime());
            }
            parts.add(Jdbc.rows(c, "select width_bucket(updated_at, ?), currency, sum(subtotal) from crm_order"
                    + " where tenant_id = ? and account_id = ? and status = 'INVOICED' and updated_at >= ? and updated_at < ?"
                    + " group by 1, 2 order by 1, 2", c.createArrayOf("timestamptz", bounds.toArray()), tenant,
                    db.customer.value(), since, until));
            c.commit();
            // The pool lends its connections on as they come back: the next may be a write.
            c.setReadOnly(false);
            return parts;
        }
    }
}
