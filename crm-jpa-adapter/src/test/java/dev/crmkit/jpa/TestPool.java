package dev.crmkit.jpa;

import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A minimal connection pool for the tests (a real host brings its own, HikariCP say): opening a PostgreSQL
 * connection forks a server process, far too slow to do per unit of work. A connection closed by the caller
 * is reset (rolled back, auto-commit on, writable) and kept for the next one.
 */
final class TestPool implements DataSource {

    private final DataSource target;
    private final LinkedBlockingDeque<Connection> idle = new LinkedBlockingDeque<>();

    TestPool(DataSource target) {
        this.target = target;
    }

    @Override
    public Connection getConnection() throws SQLException {
        Connection physical = idle.pollFirst();
        if (physical == null || physical.isClosed()) {
            physical = target.getConnection();
        }
        return pooled(physical);
    }

    private Connection pooled(Connection physical) {
        boolean[] closed = {false};
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> {
                    switch (method.getName()) {
                        case "close" -> {
                            if (!closed[0]) {
                                closed[0] = true;
                                release(physical);
                            }
                            return null;
                        }
                        case "isClosed" -> {
                            return closed[0] || physical.isClosed();
                        }
                        case "unwrap" -> {
                            return physical.unwrap((Class<?>) args[0]);
                        }
                        default -> {
                            if (closed[0]) {
                                throw new SQLException("connection returned to the pool");
                            }
                            try {
                                return method.invoke(physical, args);
                            } catch (InvocationTargetException e) {
                                throw e.getCause();
                            }
                        }
                    }
                });
    }

    private void release(Connection physical) throws SQLException {
        try {
            if (!physical.getAutoCommit()) {
                physical.rollback();
                physical.setAutoCommit(true);
            }
            if (physical.isReadOnly()) {
                physical.setReadOnly(false);
            }
            idle.offerFirst(physical);
        } catch (SQLException e) {
            physical.close();
        }
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return getConnection();
    }

    @Override
    public PrintWriter getLogWriter() {
        return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {}

    @Override
    public void setLoginTimeout(int seconds) {}

    @Override
    public int getLoginTimeout() {
        return 0;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        throw new SQLException("not a wrapper");
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) {
        return false;
    }
}
