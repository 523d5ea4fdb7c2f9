package dev.crmkit.spring;

import dev.crmkit.jpa.HostTransactions;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.ConnectionHolder;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The host's Spring transaction on the CRM's data source, for the JPA store to join: what a
 * {@code DataSourceTransactionManager} or a {@code JpaTransactionManager} (which binds its JDBC connection to the
 * data source too) holds for the calling thread. After the host's commit, the CRM's follow-up (the event relay) runs
 * in a Spring {@code afterCommit} callback; a CRM call made from it (an event listener's, say) runs a transaction of
 * its own, as Spring requires of work done after a commit.
 */
final class SpringHostTransactions implements HostTransactions {

    private final DataSource dataSource;
    /** Set while the CRM's after-commit actions run: the host's transaction is over, though still bound. */
    private final ThreadLocal<Boolean> afterCommit = new ThreadLocal<>();

    SpringHostTransactions(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public Optional<Joined> current() {
        if (afterCommit.get() != null
                || !TransactionSynchronizationManager.isActualTransactionActive()
                || !TransactionSynchronizationManager.isSynchronizationActive()
                || !(TransactionSynchronizationManager.getResource(dataSource) instanceof ConnectionHolder holder)) {
            return Optional.empty();
        }
        Connection connection = holder.getConnection();
        try {
            // A connection fetched in auto-commit mode inside another resource's transaction is not a transaction here.
            if (connection.getAutoCommit()) {
                return Optional.empty();
            }
        } catch (SQLException e) {
            return Optional.empty();
        }
        return Optional.of(new Joined() {
            @Override
            public Connection connection() {
                return connection;
            }

            @Override
            public void afterCommit(Runnable action) {
                TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                    @Override
                    public void afterCommit() {
                        SpringHostTransactions.this.afterCommit.set(Boolean.TRUE);
                        try {
                            action.run();
                        } finally {
                            SpringHostTransactions.this.afterCommit.remove();
                        }
                    }
                });
            }
        });
    }
}
