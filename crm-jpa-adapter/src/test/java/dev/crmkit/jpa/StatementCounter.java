package dev.crmkit.jpa;

import java.sql.Connection;
import java.util.List;
import java.util.function.Supplier;
import javax.sql.DataSource;
import net.ttddyy.dsproxy.ExecutionInfo;
import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.listener.MethodExecutionContext;
import net.ttddyy.dsproxy.listener.MethodExecutionListener;
import net.ttddyy.dsproxy.listener.QueryExecutionListener;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;

/**
 * Counts the SQL statements the calling thread sends through a data source (datasource-proxy): an execution is
 * one round trip, so a JDBC batch counts once however many rows it carries. It also counts the transactions the
 * thread ends (a connection's commit or rollback), each one more round trip that is not a statement.
 */
final class StatementCounter implements QueryExecutionListener {


    /**
     * What one measured call sent.
     *
     * @param executions the round trips
     * @param rows the statements, a batch counting each of its rows
     * @param sql the text of each round trip, for a failure to show
     * @param transactionEnds the commits and rollbacks
     */
    record Counts(int executions, int rows, List<String> sql, int transactionEnds) {

        @Override
        public String toString() {
            return executions + " statements, " + transactionEnds + " commits or rollbacks:\n  " + String.join("\n  ",
                    sql.stream().map(s -> s.length() > 160 ? s.substring(0, 160) + "..." : s).toList());
        }
    }

    private static final class Tally {
        int executions;
        int rows;
        int transactionEnds;
        final List<String> sql = new java.util.ArrayList<>();
    }

    private final ThreadLocal<Tally> tally = new ThreadLocal<>();

    /** @return a data source that reports every statement to this counter */
    DataSource wrap(DataSource target) {
        return ProxyDataSourceBuilder.create(target).name("counted").listener(this).methodListener(new MethodExecutionListener() {
            @Override
            public void beforeMethod(MethodExecutionContext context) {}

            @Override
            public void afterMethod(MethodExecutionContext context) {
                Tally mine = tally.get();
                String method = context.getMethod().getName();
                if (mine != null && context.getTarget() instanceof Connection
                        && (method.equals("commit") || method.equals("rollback"))) {
                    mine.transactionEnds++;
                }
            }
        }).build();
    }

    /** Runs a call and returns what it sent from this thread. */
    Counts count(Runnable call) {
        Tally mine = new Tally();
        tally.set(mine);
        try {
            call.run();
        } finally {
            tally.remove();
        }
        return new Counts(mine.executions, mine.rows, List.copyOf(mine.sql), mine.transactionEnds);
    }

    /** Runs a call and returns its result and what it sent from this thread. */
    <T> Measured<T> measure(Supplier<T> call) {
        Object[] result = new Object[1];
        Counts counts = count(() -> result[0] = call.get());
        @SuppressWarnings("unchecked")
        T value = (T) result[0];
        return new Measured<>(value, counts);
    }

    /** A call's result and statements. */
    record Measured<T>(T value, Counts counts) {}

    @Override
    public void beforeQuery(ExecutionInfo execInfo, List<QueryInfo> queryInfoList) {}

    @Override
    public void afterQuery(ExecutionInfo execInfo, List<QueryInfo> queryInfoList) {
        Tally mine = tally.get();
        if (mine != null) {
            mine.executions++;
            mine.rows += execInfo.isBatch() ? Math.max(1, execInfo.getBatchSize()) * queryInfoList.size() : 1;
            String sql = queryInfoList.isEmpty() ? "?" : queryInfoList.get(0).getQuery();
            mine.sql.add(sql);
        }
    }
}
