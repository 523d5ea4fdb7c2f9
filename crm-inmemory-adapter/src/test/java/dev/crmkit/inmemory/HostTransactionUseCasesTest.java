package dev.crmkit.inmemory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crmkit.Actor;
import dev.crmkit.Crm;
import dev.crmkit.CrmSession;
import dev.crmkit.access.CreateTenant;
import dev.crmkit.account.ClassifyAccount;
import dev.crmkit.account.Classification;
import dev.crmkit.common.AccountId;
import dev.crmkit.common.ConflictException;
import dev.crmkit.common.EventId;
import dev.crmkit.common.TenantId;
import dev.crmkit.common.UserId;
import dev.crmkit.event.AccountEvent;
import dev.crmkit.event.DomainEvent;
import dev.crmkit.spi.CrmStore;
import dev.crmkit.spi.HostTransaction;
import dev.crmkit.spi.TransactionMode;
import dev.crmkit.spi.UnitOfWork;
import dev.crmkit.testkit.AccountTestData;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * What the use cases do when the store reports that a unit of work joined the host's transaction: what follows the
 * commit (the event relay) waits for the host's commit, and a conflict is not retried but handed to the host.
 */
class HostTransactionUseCasesTest {

    private final JoiningStore store = new JoiningStore(new InMemoryCrmStore());
    private final List<DomainEvent> published = new ArrayList<>();
    private final Crm crm = Crm.builder().store(store).eventPublisher(published::add).build();
    private final CrmSession admin;

    HostTransactionUseCasesTest() {
        crm.tenants().create(new CreateTenant(TenantId.of("acme"), "ACME", ZoneId.of("UTC"), Locale.ENGLISH, "Other",
                UserId.of("admin"), "Admin"));
        admin = crm.as(Actor.of("acme", "admin"));
    }

    @Test
    void givenAUnitOfWorkInTheHostsTransaction_whenTheUseCaseReturns_thenItsEventsAreRelayedOnlyAfterTheHostCommits() {
        published.clear();
        store.joining = true;

        AccountId account = admin.accounts().create(AccountTestData.anAccount().named("ACME").build()).account().id();

        assertThat(published).as("nothing before the host commits").isEmpty();
        store.host.commit();
        assertThat(published).filteredOn(e -> e instanceof AccountEvent.AccountCreated c && c.accountId().equals(account))
                .hasSize(1);
    }

    @Test
    void givenAConflictInTheHostsTransaction_whenADeltaRuns_thenItIsNotRetriedAndTheHostGetsTheConflict() {
        AccountId account = admin.accounts().create(AccountTestData.anAccount().named("ACME").build()).account().id();
        store.joining = true;
        store.conflicts = 1;
        int before = store.calls.get();

        assertThatThrownBy(() -> admin.accounts().classify(new ClassifyAccount(account, Classification.CUSTOMER, null)))
                .isInstanceOf(ConflictException.class);
        assertThat(store.calls.get() - before).as("one attempt").isEqualTo(1);
    }

    @Test
    void givenTheSameConflictOutsideAHostTransaction_whenADeltaRuns_thenTheLibraryRetriesIt() {
        AccountId account = admin.accounts().create(AccountTestData.anAccount().named("ACME").build()).account().id();
        store.conflicts = 1;
        int before = store.calls.get();

        admin.accounts().classify(new ClassifyAccount(account, Classification.CUSTOMER, null));

        assertThat(store.calls.get() - before).as("the conflict, then the retry").isEqualTo(2);
    }

    /**
     * The in-memory store, made to report a host's transaction (its commit is the test's to call) and to fail the
     * next units of work with a stale-version conflict after their work ran, as a database's flush would.
     */
    private static final class JoiningStore implements CrmStore {

        private final CrmStore delegate;
        final FakeHost host = new FakeHost();
        final AtomicInteger calls = new AtomicInteger();
        boolean joining;
        int conflicts;

        JoiningStore(CrmStore delegate) {
            this.delegate = delegate;
        }

        @Override
        public <T> T inTransaction(TenantId tenantId, TransactionMode mode, Function<UnitOfWork, T> work) {
            calls.incrementAndGet();
            T result = delegate.inTransaction(tenantId, mode, uow -> work.apply(joining ? joined(uow) : uow));
            if (mode == TransactionMode.READ_WRITE && conflicts > 0) {
                conflicts--;
                throw ConflictException.staleVersion("account", "?", null, null);
            }
            return result;
        }

        private UnitOfWork joined(UnitOfWork uow) {
            return (UnitOfWork) Proxy.newProxyInstance(UnitOfWork.class.getClassLoader(), new Class<?>[] {UnitOfWork.class},
                    (proxy, method, args) -> {
                        if (method.getName().equals("hostTransaction")) {
                            return Optional.of(host);
                        }
                        try {
                            return method.invoke(uow, args);
                        } catch (InvocationTargetException e) {
                            throw e.getCause();
                        }
                    });
        }

        @Override
        public List<DomainEvent> unpublishedEvents(int limit) {
            return delegate.unpublishedEvents(limit);
        }

        @Override
        public void markPublished(Collection<EventId> eventIds) {
            delegate.markPublished(eventIds);
        }
    }

    private static final class FakeHost implements HostTransaction {

        private final List<Runnable> afterCommit = new ArrayList<>();

        @Override
        public void afterCommit(Runnable action) {
            afterCommit.add(action);
        }

        void commit() {
            List<Runnable> actions = List.copyOf(afterCommit);
            afterCommit.clear();
            actions.forEach(Runnable::run);
        }
    }
}
