package dev.crmkit.jpa;

import dev.crmkit.spi.HostTransaction;
import java.sql.Connection;
import java.util.Optional;

/**
 * How the store finds a transaction the host already holds on the same database, so that a CRM call made inside it
 * joins it: its writes and its outbox rows go through the host's connection, commit or roll back with the host's
 * work, and its events are relayed once the host has committed. The Spring Boot starter implements it on Spring's
 * transaction synchronization; a plain host implements it on its own transaction handling:
 *
 * <pre>{@code
 * HostTransactions mine = () -> myTransactions.current().map(tx -> new HostTransactions.Joined() {
 *     public Connection connection() { return tx.connection(); }
 *     public void afterCommit(Runnable action) { tx.onCommit(action); }
 * });
 * JpaCrmStore store = JpaCrmStore.fromDataSource(dataSource, mine);
 * }</pre>
 *
 * <p>Inside the host's transaction a call still does everything or nothing: the store sets a savepoint on the
 * host's connection and rolls back to it when the call fails, so the host may catch the error and go on. The store
 * neither commits nor closes the host's connection. A conflict is not retried there ({@link HostTransaction}).
 */
@FunctionalInterface
public interface HostTransactions {

    /** No host transactions: every unit of work runs its own transaction. */
    HostTransactions NONE = Optional::empty;

    /**
     * The transaction the calling thread holds on the store's database, if any.
     *
     * @return the transaction to join, or empty to run a transaction of the store's own
     */
    Optional<Joined> current();

    /** A host's transaction to join: its JDBC connection, and a way to act after it commits. */
    interface Joined extends HostTransaction {

        /**
         * The connection the host's transaction runs on; the store uses it, and leaves committing and closing it to
         * the host.
         *
         * @return the connection
         */
        Connection connection();
    }
}
