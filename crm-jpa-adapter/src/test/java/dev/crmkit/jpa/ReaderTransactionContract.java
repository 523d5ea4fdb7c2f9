package dev.crmkit.jpa;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crmkit.Actor;
import dev.crmkit.Crm;
import dev.crmkit.CrmSession;
import dev.crmkit.access.CreateTenant;
import dev.crmkit.account.Account;
import dev.crmkit.common.AccountId;
import dev.crmkit.common.TenantId;
import dev.crmkit.common.UserId;
import dev.crmkit.testkit.AccountTestData;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * A reader's unit of work runs on a connection in auto-commit mode without a transaction of its own (under read
 * committed a transaction gives a reader nothing but the round trip that ends it), unless the host's pool hands out
 * connections that are not in auto-commit mode or the database's isolation is stricter: then it runs in a transaction,
 * which it ends, and leaves nothing open on the connection it gives back.
 */
abstract class ReaderTransactionContract {

    /** @return the database, migrated */
    protected abstract DataSource database();

    @Test
    void givenAPoolInAutoCommitMode_whenAUseCaseReads_thenNoTransactionIsBegunOrEnded() {
        Store store = store(connection -> {});
        try (store) {
            var read = store.counter.measure(() -> store.session.accounts().get(store.account));
            assertThat(read.value().id()).isEqualTo(store.account);
            assertThat(read.counts().transactionEnds()).as("%s", read.counts()).isZero();
        }
    }

    @Test
    void givenAPoolOfConnectionsNotInAutoCommitMode_whenUseCasesReadAndWrite_thenTheReaderEndsItsTransaction() {
        Store store = store(connection -> call(() -> connection.setAutoCommit(false)));
        try (store) {
            var read = store.counter.measure(() -> store.session.accounts().get(store.account));
            assertThat(read.value().id()).isEqualTo(store.account);
            assertThat(read.counts().transactionEnds()).as("the reader's rollback: %s", read.counts()).isEqualTo(1);
            AccountId second = store.session.accounts().create(AccountTestData.anAccount().named("Second").build())
                    .account().id();
            assertThat(store.session.accounts().get(second).id()).as("a write, then a read, on such a pool").isEqualTo(second);
        }
    }

    @Test
    void givenADatabaseOfSerializableTransactions_whenAUseCaseReads_thenItReadsInATransaction() {
        Store store = store(connection -> call(() -> connection.setTransactionIsolation(Connection.TRANSACTION_SERIALIZABLE)));
        try (store) {
            var read = store.counter.measure(() -> store.session.accounts().get(store.account));
            assertThat(read.value().id()).isEqualTo(store.account);
            assertThat(read.counts().transactionEnds()).as("the reader's rollback: %s", read.counts()).isEqualTo(1);
        }
    }

    /** A store on the database whose every connection is first set up as the host's pool would. */
    private Store store(Consumer<Connection> setUp) {
        DataSource target = database();
        DataSource pool = (DataSource) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {DataSource.class},
                (proxy, method, args) -> {
                    Object result;
                    try {
                        result = method.invoke(target, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                    if (result instanceof Connection connection) {
                        setUp.accept(connection);
                        return restoredOnClose(connection);
                    }
                    return result;
                });
        StatementCounter counter = new StatementCounter();
        JpaCrmStore jpa = JpaCrmStore.fromDataSource(counter.wrap(pool));
        Crm crm = Crm.builder().store(jpa).clock(Clock.systemUTC()).build();
        TenantId tenant = TenantId.of("readers-" + UUID.randomUUID());
        crm.tenants().create(new CreateTenant(tenant, "Readers", ZoneId.of("UTC"), Locale.ENGLISH, "Other", UserId.of("admin"),
                "Admin"));
        CrmSession session = crm.as(Actor.of(tenant.value(), "admin"));
        Account account = session.accounts().create(AccountTestData.anAccount().named("First").build()).account();
        return new Store(jpa, counter, session, account.id());
    }

    /** The connection, put back as the shared pool's other users expect it (read committed) when it is closed. */
    private static Connection restoredOnClose(Connection connection) {
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("close") && !connection.isClosed()) {
                        if (!connection.getAutoCommit()) {
                            connection.rollback();
                        }
                        connection.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
                    }
                    try {
                        return method.invoke(connection, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    private record Store(JpaCrmStore jpa, StatementCounter counter, CrmSession session, AccountId account)
            implements AutoCloseable {

        @Override
        public void close() {
            jpa.close();
        }
    }

    @FunctionalInterface
    private interface SqlCall {
        void run() throws java.sql.SQLException;
    }

    private static void call(SqlCall call) {
        try {
            call.run();
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
