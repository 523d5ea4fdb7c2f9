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
import dev.crmkit.common.TenantId;
import dev.crmkit.common.UserId;
import dev.crmkit.event.AccountEvent;
import dev.crmkit.event.DomainEvent;
import dev.crmkit.testkit.AccountTestData;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * What the use cases do when the store reports that a unit of work joined the host's transaction: what follows the
 * commit (the event relay) waits for the host's commit, and a conflict is not retried but handed to the host.
 */
class HostTransactionUseCasesTest {

    private final ScriptedStore store = new ScriptedStore();
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
}
