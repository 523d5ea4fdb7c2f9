package dev.crmkit.inmemory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crmkit.Actor;
import dev.crmkit.Crm;
import dev.crmkit.access.CreateTenant;
import dev.crmkit.account.ClassifyAccount;
import dev.crmkit.account.Classification;
import dev.crmkit.common.AccountId;
import dev.crmkit.common.ConflictException;
import dev.crmkit.common.NotFoundException;
import dev.crmkit.common.TenantId;
import dev.crmkit.common.UserId;
import dev.crmkit.spi.UseCaseObserver;
import dev.crmkit.testkit.AccountTestData;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** A host's observer sees every use-case call by name with its outcome, and every retry of a delta. */
class UseCaseObserverTest {

    private final List<String> calls = new ArrayList<>();
    private final List<ConflictException> retries = new ArrayList<>();
    private final ScriptedStore store = new ScriptedStore();
    private final Crm crm = Crm.builder().store(store).observer(new UseCaseObserver() {
        @Override
        public <T> T observe(String useCase, Supplier<T> call) {
            try {
                T result = call.get();
                calls.add(useCase + " ok");
                return result;
            } catch (RuntimeException e) {
                calls.add(useCase + " " + e.getClass().getSimpleName());
                throw e;
            }
        }

        @Override
        public void retried(ConflictException conflict) {
            retries.add(conflict);
        }
    }).build();

    @Test
    void givenAnObserver_whenUseCasesRun_thenEachCallIsSeenByNameWithItsOutcome() {
        crm.tenants().create(new CreateTenant(TenantId.of("acme"), "ACME", ZoneId.of("UTC"), Locale.ENGLISH, "Other",
                UserId.of("admin"), "Admin"));
        var admin = crm.as(Actor.of("acme", "admin"));
        AccountId account = admin.accounts().create(AccountTestData.anAccount().named("ACME").build()).account().id();
        assertThatThrownBy(() -> admin.accounts().get(AccountId.newId())).isInstanceOf(NotFoundException.class);
        crm.agendaRules().run(TenantId.of("acme"), Instant.now());
        store.conflicts = 1;
        admin.accounts().classify(new ClassifyAccount(account, Classification.CUSTOMER, null));

        assertThat(calls).containsExactly("tenantAdministration.create ok", "accounts.create ok",
                "accounts.get NotFoundException", "agendaRules.run ok", "accounts.classify ok");
        assertThat(retries).hasSize(1);
        assertThat(admin.accounts().toString()).as("Object's methods are not use cases").isNotBlank();
        assertThat(calls).hasSize(5);
    }
}
