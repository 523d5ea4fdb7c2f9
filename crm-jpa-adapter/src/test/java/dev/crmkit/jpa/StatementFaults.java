package dev.crmkit.jpa;

import dev.crmkit.testkit.AbstractFaultHook;
import dev.crmkit.testkit.Fault;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;
import net.ttddyy.dsproxy.ExecutionInfo;
import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.listener.MethodExecutionContext;
import net.ttddyy.dsproxy.listener.MethodExecutionListener;
import net.ttddyy.dsproxy.listener.QueryExecutionListener;

/**
 * The JPA adapter's fault hook, a datasource-proxy listener: it counts the JDBC statements of the armed thread (a
 * batch is one) and fails the chosen one, or the commit, as the driver would: an {@link SQLException} with the
 * fault's SQLState, or, for {@link Fault#KILLED_BACKEND}, the real thing: the session's server process is terminated
 * ({@code pg_terminate_backend}) just before the statement is sent.
 */
final class StatementFaults extends AbstractFaultHook implements QueryExecutionListener, MethodExecutionListener {

    private final DataSource server;

    /**
     * @param faults the faults to inject
     * @param server a connection to the same PostgreSQL server, to terminate sessions from (or {@code null})
     */
    StatementFaults(List<Fault> faults, DataSource server) {
        super(faults, "statement");
        this.server = server;
    }

    @Override
    public void beforeQuery(ExecutionInfo execInfo, List<QueryInfo> queryInfoList) {
        Fault fault = onStep();
        if (fault != null) {
            inject(fault, connectionOf(execInfo.getStatement()));
        }
    }

    @Override
    public void afterQuery(ExecutionInfo execInfo, List<QueryInfo> queryInfoList) {}

    @Override
    public void beforeMethod(MethodExecutionContext context) {
        if (context.getTarget() instanceof Connection connection && context.getMethod().getName().equals("commit")) {
            Fault fault = onCommit();
            if (fault != null) {
                inject(fault, connection);
            }
        }
    }

    @Override
    public void afterMethod(MethodExecutionContext context) {}

    private void inject(Fault fault, Connection connection) {
        if (fault == Fault.KILLED_BACKEND) {
            // The statement then goes to a session that is gone, and fails as the driver reports it.
            terminate(connection);
            return;
        }
        throw sneaky(new SQLException("injected fault " + fault, fault.sqlState()));
    }

    /** Terminates the server process of a session, and waits until it is gone. */
    private void terminate(Connection session) {
        try (Statement statement = session.createStatement(); ResultSet pid = statement.executeQuery("select pg_backend_pid()")) {
            pid.next();
            try (Connection other = server.getConnection();
                    PreparedStatement kill = other.prepareStatement("select pg_terminate_backend(?, 10000)")) {
                kill.setInt(1, pid.getInt(1));
                kill.execute();
            }
        } catch (SQLException e) {
            throw sneaky(e);
        }
    }

    private static Connection connectionOf(Statement statement) {
        try {
            return statement.getConnection();
        } catch (SQLException e) {
            throw sneaky(e);
        }
    }

    /** Throws a checked SQLException through a listener method that declares none, as the driver would. */
    @SuppressWarnings("unchecked")
    private static <E extends Throwable> RuntimeException sneaky(Throwable e) throws E {
        throw (E) e;
    }
}
