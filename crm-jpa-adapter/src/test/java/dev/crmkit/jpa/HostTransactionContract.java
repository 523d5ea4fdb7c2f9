package dev.crmkit.jpa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crmkit.Actor;
import dev.crmkit.Crm;
import dev.crmkit.CrmSession;
import dev.crmkit.access.CreateTenant;
import dev.crmkit.account.Account;
import dev.crmkit.account.AccountCreation;
import dev.crmkit.account.CreateAccount;
import dev.crmkit.account.TaxId;
import dev.crmkit.common.AccountId;
import dev.crmkit.common.ConflictException;
import dev.crmkit.common.InvalidCommandException;
import dev.crmkit.common.NotFoundException;
import dev.crmkit.common.TenantId;
import dev.crmkit.common.UserId;
import dev.crmkit.event.AccountEvent;
import dev.crmkit.event.DomainEvent;
import dev.crmkit.spi.TransactionMode;
import dev.crmkit.testkit.AccountTestData;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A plain host (no framework) that passes its own transaction hook: the CRM's writes and outbox rows join the host's
 * transaction, the host's rollback undoes both, and the events are relayed once, after the host's commit.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class HostTransactionContract {

    private final PlainHost host = new PlainHost();
    private final List<DomainEvent> published = new CopyOnWriteArrayList<>();
    private JpaCrmStore store;
    private Crm crm;
    private CrmSession admin;
    private TenantId tenant;

    /** @return the database, migrated */
    protected abstract DataSource database();

    @BeforeAll
    void startTheStoreWithTheHostsHook() throws SQLException {
        host.dataSource = database();
        store = JpaCrmStore.fromDataSource(database(), host);
        crm = Crm.builder().store(store).clock(Clock.systemUTC()).eventPublisher(published::add).build();
        tenant = TenantId.of("host-tx-" + UUID.randomUUID());
        crm.tenants().create(new CreateTenant(tenant, "Host", ZoneId.of("UTC"), Locale.ENGLISH, "Other", UserId.of("admin"), "Admin"));
        admin = crm.as(Actor.of(tenant.value(), "admin"));
        try (Connection connection = database().getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("create table if not exists host_order (id varchar(64) primary key)");
        }
    }

    @AfterAll
    void closeTheStore() {
        store.close();
    }

    @Test
    void givenAHostTransaction_whenTheHostCommits_thenItsRowAndTheAccountAreStoredAndTheEventIsPublishedOnce()
            throws SQLException {
        published.clear();
        String order = "order-" + UUID.randomUUID();

        host.begin();
        host.insertOrder(order);
        AccountId account = admin.accounts().create(AccountTestData.anAccount().named("Joined " + order).build()).account().id();
        assertThat(published).as("nothing is relayed before the host commits").isEmpty();
        assertThat(outboxRowsSeenOutside()).as("the outbox row is not visible outside the host's transaction").isZero();
        host.commit();

        assertThat(orderExists(order)).isTrue();
        assertThat(admin.accounts().get(account).id()).isNotNull();
        assertThat(published).filteredOn(e -> e instanceof AccountEvent.AccountCreated created && created.accountId().equals(account))
                .hasSize(1);
        assertThat(crm.relayEvents()).as("nothing is left to relay").isZero();
        assertThat(published).filteredOn(e -> e instanceof AccountEvent.AccountCreated created && created.accountId().equals(account))
                .as("published exactly once").hasSize(1);
    }

    @Test
    void givenAHostTransaction_whenTheHostRollsBack_thenNeitherItsRowNorTheAccountNorItsEventSurvives() throws SQLException {
        published.clear();
        String order = "order-" + UUID.randomUUID();

        host.begin();
        host.insertOrder(order);
        AccountId account = admin.accounts().create(AccountTestData.anAccount().named("Rolled back " + order).build())
                .account().id();
        host.rollback();

        assertThat(orderExists(order)).isFalse();
        assertThatThrownBy(() -> admin.accounts().profile(account)).isInstanceOf(NotFoundException.class);
        assertThat(crm.relayEvents()).isZero();
        assertThat(published).noneMatch(e -> e instanceof AccountEvent.AccountCreated created && created.accountId().equals(account));
    }

    @Test
    void givenARefusedCrmCallInsideTheHostTransaction_whenTheHostCatchesItAndCommits_thenTheHostsWorkAndEarlierCallsStay()
            throws SQLException {
        String order = "order-" + UUID.randomUUID();
        String marker = UUID.randomUUID().toString();
        admin.accounts().create(AccountTestData.anAccount().named("Holder " + marker).withTaxId(taxIdOf(marker)).build());

        host.begin();
        host.insertOrder(order);
        AccountCreation kept = admin.accounts().create(AccountTestData.anAccount().named("Kept " + marker).build());
        assertThatThrownBy(() -> admin.accounts().create(AccountTestData.anAccount().named("Twin " + marker)
                .withTaxId(taxIdOf(marker)).build())).isInstanceOf(InvalidCommandException.class);
        host.insertOrder(order + "-after");
        host.commit();

        assertThat(orderExists(order)).isTrue();
        assertThat(orderExists(order + "-after")).isTrue();
        assertThat(admin.accounts().get(kept.account().id()).id()).isNotNull();
    }

    @Test
    void givenAUnitOfWorkThatWroteThenFailedInTheDatabase_whenTheHostGoesOnAndCommits_thenOnlyThatUnitOfWorkIsUndone()
            throws SQLException {
        String order = "order-" + UUID.randomUUID();
        String marker = UUID.randomUUID().toString();
        CreateAccount twin = AccountTestData.anAccount().named("Twin " + marker).withTaxId(taxIdOf(marker)).build();
        Account first = Account.create(twin.classification(), twin.details(), Set.of(UserId.of("admin")), UserId.of("admin"),
                Instant.now().truncatedTo(ChronoUnit.MICROS));

        host.begin();
        host.insertOrder(order);
        // Two accounts with one tax id, flushed together: the database's unique key refuses the second, which on
        // PostgreSQL aborts the whole transaction unless the store rolls back to its savepoint.
        assertThatThrownBy(() -> store.inTransaction(tenant, TransactionMode.READ_WRITE, uow -> {
            uow.accounts().insert(first);
            uow.accounts().insert(Account.create(twin.classification(), twin.details(), Set.of(UserId.of("admin")),
                    UserId.of("admin"), Instant.now().truncatedTo(ChronoUnit.MICROS)));
            return uow.accounts().findById(first.id());
        })).isInstanceOf(ConflictException.class);
        host.insertOrder(order + "-after");
        host.commit();

        assertThat(orderExists(order)).isTrue();
        assertThat(orderExists(order + "-after")).isTrue();
        Optional<Account> undone = store.inTransaction(tenant, TransactionMode.READ_ONLY, uow -> uow.accounts().findById(first.id()));
        assertThat(undone).as("the failed unit of work's first insert was undone").isEmpty();
    }

    @Test
    void givenNoHostTransaction_whenTheCrmIsCalled_thenItCommitsOnItsOwnAsBefore() {
        published.clear();

        AccountId account = admin.accounts().create(AccountTestData.anAccount().named("Alone").build()).account().id();

        assertThat(published).anyMatch(e -> e instanceof AccountEvent.AccountCreated created && created.accountId().equals(account));
    }

    /** A tax id of a country without check digits, unique to a test. */
    private static TaxId taxIdOf(String marker) {
        return TaxId.of("AR", Long.toString(Math.abs((long) marker.hashCode()) + 10_000_000_000L));
    }

    /** The tenant's outbox rows as another connection, outside the host's transaction, sees them. */
    private int outboxRowsSeenOutside() throws SQLException {
        try (Connection connection = database().getConnection();
                PreparedStatement select = connection.prepareStatement("select count(*) from crm_outbox where tenant_id = ?")) {
            select.setString(1, tenant.value());
            try (ResultSet rows = select.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }

    private boolean orderExists(String id) throws SQLException {
        try (Connection connection = database().getConnection();
                PreparedStatement select = connection.prepareStatement("select count(*) from host_order where id = ?")) {
            select.setString(1, id);
            try (ResultSet rows = select.executeQuery()) {
                rows.next();
                return rows.getInt(1) == 1;
            }
        }
    }

    /** A host's own transaction handling, thread-bound, as a plain Java host might have it. */
    static final class PlainHost implements HostTransactions {

        DataSource dataSource;
        private final ThreadLocal<Transaction> current = new ThreadLocal<>();

        void begin() throws SQLException {
            Connection connection = dataSource.getConnection();
            connection.setAutoCommit(false);
            current.set(new Transaction(connection));
        }

        void insertOrder(String id) throws SQLException {
            try (PreparedStatement insert = current.get().connection().prepareStatement("insert into host_order (id) values (?)")) {
                insert.setString(1, id);
                insert.executeUpdate();
            }
        }

        void commit() throws SQLException {
            Transaction transaction = current.get();
            transaction.connection().commit();
            end(transaction);
            transaction.afterCommit.forEach(Runnable::run);
        }

        void rollback() throws SQLException {
            Transaction transaction = current.get();
            transaction.connection().rollback();
            end(transaction);
        }

        private void end(Transaction transaction) throws SQLException {
            current.remove();
            transaction.connection().setAutoCommit(true);
            transaction.connection().close();
        }

        @Override
        public Optional<Joined> current() {
            return Optional.ofNullable(current.get());
        }

        private record Transaction(Connection connection, List<Runnable> afterCommit) implements Joined {

            Transaction(Connection connection) {
                this(connection, new ArrayList<>());
            }

            @Override
            public void afterCommit(Runnable action) {
                afterCommit.add(action);
            }
        }
    }
}
