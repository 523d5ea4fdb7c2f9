package dev.crmkit.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.crmkit.Actor;
import dev.crmkit.access.AccessScope;
import dev.crmkit.access.CreateTenant;
import dev.crmkit.access.CrmUser;
import dev.crmkit.access.Tenant;
import dev.crmkit.access.UpdateTenant;
import dev.crmkit.common.AccessDeniedException;
import dev.crmkit.common.ConflictException;
import dev.crmkit.common.InvalidCommandException;
import dev.crmkit.common.TenantId;
import dev.crmkit.common.UserId;
import dev.crmkit.common.Version;
import dev.crmkit.common.Violation;
import dev.crmkit.event.TenantEvent;
import dev.crmkit.event.UserEvent;
import java.time.ZoneId;
import java.util.Locale;
import net.jqwik.api.Example;

/** Tenants: created by the host with a first administrator, read by every user, changed by administrators. */
public abstract class TenantAdministrationContract extends CrmKitSupport {

    @Example
    void givenANewTenant_whenCreated_thenItAndItsAdministratorExist() {
        TenantId id = uniqueTenantId();

        Tenant tenant = crm().tenants().create(new CreateTenant(id, "  ACME Ltda ", ZoneId.of("America/Sao_Paulo"),
                Locale.forLanguageTag("pt-BR"), "Parceiro", UserId.of("ana"), "Ana"));

        assertThat(tenant.id()).isEqualTo(id);
        assertThat(tenant.name()).isEqualTo("ACME Ltda");
        assertThat(tenant.version()).isEqualTo(Version.FIRST);
        assertThat(tenant.createdAt()).isEqualTo(START);
        assertThat(crm().tenants().find(id)).contains(tenant);
        CrmUser admin = crm().as(Actor.of(id, UserId.of("ana"))).users().me();
        assertThat(admin.admin()).isTrue();
        assertThat(admin.active()).isTrue();
        assertThat(admin.scope()).isEqualTo(AccessScope.ALL);
        assertThat(published.eventsOf(id)).hasExactlyElementsOfTypes(TenantEvent.TenantCreated.class, UserEvent.UserCreated.class);
        assertThat(published.eventsOf(id)).allSatisfy(e -> assertThat(e.meta().actingUser()).isEmpty());
    }

    @Example
    void givenATakenTenantId_whenCreatedAgain_thenItIsRefusedAndTheFirstStays() {
        TestTenant existing = newTenant();

        InvalidCommandException e = thrown(InvalidCommandException.class, () -> crm().tenants().create(new CreateTenant(
                existing.id(), "Other", ZoneId.of("UTC"), Locale.ENGLISH, "Other", UserId.of("x"), "X")));

        assertThat(e.violations()).extracting(Violation::path, Violation::code).containsExactly(tuple("tenantId", "Unique"));
        assertThat(crm().tenants().find(existing.id())).map(Tenant::name).contains("Tenant " + existing.id().value());
    }

    @Example
    void givenAnUnknownTenant_whenFound_thenItIsAbsent() {
        assertThat(crm().tenants().find(uniqueTenantId())).isEmpty();
    }

    @Example
    void givenAnAdministrator_whenTheSettingsChange_thenTheyAreStoredAndAnnounced() {
        TestTenant tenant = newTenant();
        Tenant current = tenant.admin().tenant().get();

        Tenant updated = tenant.admin().tenant().update(new UpdateTenant(
                "ACME Brasil", ZoneId.of("America/Manaus"), Locale.forLanguageTag("es"), "Aliado", current.version()));

        assertThat(updated.name()).isEqualTo("ACME Brasil");
        assertThat(updated.timeZone()).isEqualTo(ZoneId.of("America/Manaus"));
        assertThat(updated.defaultLocale()).isEqualTo(Locale.forLanguageTag("es"));
        assertThat(updated.otherClassificationName()).isEqualTo("Aliado");
        assertThat(updated.version()).isEqualTo(current.version().next());
        assertThat(tenant.admin().tenant().get()).isEqualTo(updated);
        assertThat(published.eventsOf(tenant.id(), TenantEvent.TenantUpdated.class))
                .singleElement()
                .satisfies(e -> assertThat(e.changes()).extracting("field")
                        .containsExactly("name", "timeZone", "defaultLocale", "otherClassificationName"));
    }

    @Example
    void givenAStaleVersion_whenTheSettingsChange_thenItConflictsAndNothingChanges() {
        TestTenant tenant = newTenant();
        Tenant current = tenant.admin().tenant().get();
        tenant.admin().tenant().update(new UpdateTenant("First", ZoneId.of("UTC"), Locale.ENGLISH, "Other", current.version()));

        ConflictException e = thrown(ConflictException.class, () -> tenant.admin().tenant().update(
                new UpdateTenant("Second", ZoneId.of("UTC"), Locale.ENGLISH, "Other", current.version())));

        assertThat(e.field()).contains("expectedVersion");
        assertThat(tenant.admin().tenant().get().name()).isEqualTo("First");
    }

    @Example
    void givenAUserWhoIsNotAnAdministrator_whenTheSettingsChange_thenAccessIsDenied() {
        TestTenant tenant = newTenant();
        tenant.addUser("bob", AccessScope.ALL);
        Tenant current = tenant.as(UserId.of("bob")).tenant().get();

        AccessDeniedException e = thrown(AccessDeniedException.class, () -> tenant.as(UserId.of("bob")).tenant()
                .update(new UpdateTenant("Mine", ZoneId.of("UTC"), Locale.ENGLISH, "Other", current.version())));

        assertThat(e.code()).isEqualTo(AccessDeniedException.ADMIN_REQUIRED);
        assertThat(tenant.admin().tenant().get()).isEqualTo(current);
    }
}
