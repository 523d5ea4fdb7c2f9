package dev.crmkit.testkit;

import static dev.crmkit.testkit.UserTestData.aUser;
import static dev.crmkit.testkit.UserTestData.unchanged;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.crmkit.Actor;
import dev.crmkit.CrmSession;
import dev.crmkit.access.AccessScope;
import dev.crmkit.access.AccountAccess;
import dev.crmkit.access.CrmUser;
import dev.crmkit.access.UpdateUser;
import dev.crmkit.catalog.CatalogKind;
import dev.crmkit.catalog.CreateCatalogEntry;
import dev.crmkit.common.AccessDeniedException;
import dev.crmkit.common.CatalogEntryId;
import dev.crmkit.common.ConflictException;
import dev.crmkit.common.InvalidCommandException;
import dev.crmkit.common.NotFoundException;
import dev.crmkit.common.RuleViolationException;
import dev.crmkit.common.UserId;
import dev.crmkit.common.Version;
import dev.crmkit.common.Violation;
import dev.crmkit.event.UserEvent;
import java.util.List;
import java.util.function.Consumer;
import net.jqwik.api.Example;

/**
 * CRM users: administrators manage them, everyone reads them, an inactive or unknown user can do nothing,
 * the tenant always keeps an active administrator, and each user's scope becomes its access predicate.
 */
public abstract class UserAdministrationContract extends CrmKitSupport {

    @Example
    void givenAnAdministrator_whenAUserIsCreated_thenItIsStoredWithEveryField() {
        TestTenant tenant = newTenant();
        CatalogEntryId team = tenant.addTeam("Sales");

        CrmUser user = tenant.admin().users().create(
                aUser().withId("bia@acme.com").named(" Bia Lima ").inTeam(team).withScope(AccessScope.TEAM).asAdmin().build());

        assertThat(user.id()).isEqualTo(UserId.of("bia@acme.com"));
        assertThat(user.displayName()).isEqualTo("Bia Lima");
        assertThat(user.teamId()).contains(team);
        assertThat(user.scope()).isEqualTo(AccessScope.TEAM);
        assertThat(user.admin()).isTrue();
        assertThat(user.active()).isTrue();
        assertThat(user.version()).isEqualTo(Version.FIRST);
        assertThat(tenant.admin().users().get(user.id())).isEqualTo(user);
        assertThat(published.eventsOf(tenant.id(), UserEvent.UserCreated.class))
                .extracting(UserEvent.UserCreated::userId)
                .containsExactly(UserId.of("admin"), user.id());
    }

    @Example
    void givenAUserWhoIsNotAnAdministrator_whenItManagesUsers_thenAccessIsDeniedAndNothingChanges() {
        TestTenant tenant = newTenant();
        CrmUser bob = tenant.addUser("bob", AccessScope.ALL);
        CrmSession asBob = tenant.as(bob.id());

        assertThat(thrown(AccessDeniedException.class, () -> asBob.users().create(aUser().withId("eve").build())).code())
                .isEqualTo(AccessDeniedException.ADMIN_REQUIRED);
        thrown(AccessDeniedException.class, () -> asBob.users().update(
                new UpdateUser(bob.id(), "Bob", null, AccessScope.ALL, true, bob.version())));
        thrown(AccessDeniedException.class, () -> asBob.users().deactivate(UserId.of("admin")));

        assertThat(tenant.admin().users().list()).extracting(CrmUser::id).containsExactly(UserId.of("admin"), bob.id());
        assertThat(tenant.admin().users().get(bob.id())).isEqualTo(bob);
        assertThat(asBob.users().list()).hasSize(2);
    }

    @Example
    void givenATakenUserId_whenCreatedAgain_thenItIsRefused() {
        TestTenant tenant = newTenant();
        tenant.addUser("bob", AccessScope.ALL);

        InvalidCommandException e = thrown(InvalidCommandException.class,
                () -> tenant.admin().users().create(aUser().withId("bob").named("Another Bob").build()));

        assertThat(e.violations()).extracting(Violation::path, Violation::code).containsExactly(tuple("userId", "Unique"));
        assertThat(tenant.admin().users().get(UserId.of("bob")).displayName()).isEqualTo("Test User");
    }

    @Example
    void givenATeamReferenceThatIsUnknownOrNotATeam_whenAUserIsCreated_thenTheFieldIsNamed() {
        TestTenant tenant = newTenant();
        CatalogEntryId priority = tenant.addEntry(CatalogKind.PRIORITY, "High").id();

        InvalidCommandException unknown = thrown(InvalidCommandException.class,
                () -> tenant.admin().users().create(aUser().inTeam(CatalogEntryId.newId()).build()));
        InvalidCommandException wrongKind = thrown(InvalidCommandException.class,
                () -> tenant.admin().users().create(aUser().inTeam(priority).build()));

        assertThat(unknown.violations()).extracting(Violation::path, Violation::code)
                .containsExactly(tuple("teamId", "UnknownReference"));
        assertThat(wrongKind.violations()).extracting(Violation::path, Violation::code)
                .containsExactly(tuple("teamId", "WrongKind"));
        assertThat(tenant.admin().users().list()).hasSize(1);
    }

    @Example
    void givenADeactivatedTeam_whenReferenced_thenNewReferencesAreRefusedButExistingOnesStay() {
        TestTenant tenant = newTenant();
        CatalogEntryId team = tenant.addTeam("Old Team");
        CrmUser member = tenant.addUser(aUser().withId("member").inTeam(team).withScope(AccessScope.TEAM));
        tenant.admin().catalogs().deactivate(team);

        InvalidCommandException e = thrown(InvalidCommandException.class,
                () -> tenant.admin().users().create(aUser().inTeam(team).build()));
        CrmUser renamed = tenant.admin().users().update(
                new UpdateUser(member.id(), "Member Renamed", team, AccessScope.TEAM, false, member.version()));

        assertThat(e.violations()).extracting(Violation::code).containsExactly("InactiveReference");
        assertThat(renamed.teamId()).contains(team);
        assertThat(renamed.displayName()).isEqualTo("Member Renamed");
    }

    @Example
    void givenAUser_whenUpdated_thenTheChangedFieldsAreStoredAndAnnounced() {
        TestTenant tenant = newTenant();
        CatalogEntryId team = tenant.addTeam("Support");
        CrmUser bob = tenant.addUser("bob", AccessScope.PORTFOLIO);

        CrmUser updated = tenant.admin().users().update(
                new UpdateUser(bob.id(), "Bob Silva", team, AccessScope.TEAM, false, bob.version()));
        CrmUser again = tenant.admin().users().update(unchanged(updated).build());

        assertThat(updated.version()).isEqualTo(bob.version().next());
        assertThat(again).isEqualTo(updated);
        assertThat(published.eventsOf(tenant.id(), UserEvent.UserUpdated.class))
                .singleElement()
                .satisfies(e -> assertThat(e.changes()).extracting("field", "oldValue", "newValue").containsExactly(
                        tuple("displayName", "Test User", "Bob Silva"),
                        tuple("teamId", null, team.toString()),
                        tuple("scope", "PORTFOLIO", "TEAM")));
    }

    @Example
    void givenAStaleVersion_whenAUserIsUpdated_thenItConflictsAndTheOtherChangeStays() {
        TestTenant tenant = newTenant();
        CrmUser bob = tenant.addUser("bob", AccessScope.PORTFOLIO);
        tenant.admin().users().update(new UpdateUser(bob.id(), "First Writer", null, AccessScope.ALL, false, bob.version()));

        ConflictException e = thrown(ConflictException.class, () -> tenant.admin().users().update(
                new UpdateUser(bob.id(), "Second Writer", null, AccessScope.TEAM, false, bob.version())));

        assertThat(e.code()).isEqualTo(ConflictException.STALE_VERSION);
        assertThat(tenant.admin().users().get(bob.id()).displayName()).isEqualTo("First Writer");
    }

    @Example
    void givenAnInactiveUser_whenItCallsAnything_thenItCanDoNothing() {
        TestTenant tenant = newTenant();
        CrmUser bob = tenant.addUser(aUser().withId("bob").withScope(AccessScope.ALL).asAdmin());
        tenant.admin().users().deactivate(bob.id());
        CrmSession asBob = tenant.as(bob.id());

        List<Consumer<CrmSession>> calls = List.of(
                s -> s.users().me(),
                s -> s.users().list(),
                s -> s.users().create(aUser().build()),
                s -> s.tenant().get(),
                s -> s.catalogs().list(CatalogKind.TEAM),
                s -> s.catalogs().create(new CreateCatalogEntry(CatalogKind.TEAM, "Bob's team")));
        for (Consumer<CrmSession> call : calls) {
            AccessDeniedException e = thrown(AccessDeniedException.class, () -> call.accept(asBob));
            assertThat(e.code()).isEqualTo(AccessDeniedException.INACTIVE_USER);
        }
        assertThat(tenant.admin().users().list()).hasSize(2);
        assertThat(tenant.admin().catalogs().list(CatalogKind.TEAM)).isEmpty();

        tenant.admin().users().activate(bob.id());
        assertThat(asBob.users().me().active()).isTrue();
    }

    @Example
    void givenAnUnknownUserOrAUserOfAnotherTenant_whenItCallsAnything_thenItIsAnUnknownActor() {
        TestTenant tenant = newTenant();
        TestTenant other = newTenant();
        other.addUser("only-elsewhere", AccessScope.ALL);

        AccessDeniedException unknown = thrown(AccessDeniedException.class,
                () -> tenant.as(UserId.of("nobody")).users().list());
        AccessDeniedException foreign = thrown(AccessDeniedException.class,
                () -> tenant.as(UserId.of("only-elsewhere")).users().list());
        AccessDeniedException noTenant = thrown(AccessDeniedException.class,
                () -> crm().as(Actor.of(uniqueTenantId(), UserId.of("admin"))).users().list());

        assertThat(List.of(unknown, foreign, noTenant)).extracting(AccessDeniedException::code)
                .containsOnly(AccessDeniedException.UNKNOWN_ACTOR);
    }

    @Example
    void givenTheLastActiveAdministrator_whenDeactivatedOrDemoted_thenItIsRefused() {
        TestTenant tenant = newTenant();
        CrmUser admin = tenant.admin().users().me();

        RuleViolationException deactivate = thrown(RuleViolationException.class,
                () -> tenant.admin().users().deactivate(admin.id()));
        RuleViolationException demote = thrown(RuleViolationException.class, () -> tenant.admin().users().update(
                new UpdateUser(admin.id(), admin.displayName(), null, AccessScope.ALL, false, admin.version())));

        assertThat(deactivate.code()).isEqualTo("rule.user.last-admin");
        assertThat(demote.field()).contains("admin");
        assertThat(tenant.admin().users().me()).isEqualTo(admin);

        tenant.addUser(aUser().withId("second-admin").withScope(AccessScope.ALL).asAdmin());
        assertThat(tenant.admin().users().deactivate(admin.id()).active()).isFalse();
    }

    @Example
    void givenAnUnknownUserId_whenRead_thenItIsNotFoundNamingTheField() {
        TestTenant tenant = newTenant();

        NotFoundException e = thrown(NotFoundException.class, () -> tenant.admin().users().get(UserId.of("ghost")));

        assertThat(e.field()).contains("userId");
        assertThat(e.entity()).isEqualTo("user");
        assertThat(e.id()).isEqualTo("ghost");
    }

    @Example
    void givenUsers_whenListed_thenTheyAreSortedByNameAccentInsensitively() {
        TestTenant tenant = newTenant();
        tenant.addUser(aUser().withId("u1").named("Zélia"));
        tenant.addUser(aUser().withId("u2").named("álvaro"));
        tenant.addUser(aUser().withId("u3").named("Bruno"));

        assertThat(tenant.admin().users().list()).extracting(CrmUser::displayName)
                .containsExactly("Admin", "álvaro", "Bruno", "Zélia");
    }

    @Example
    void givenEachScope_whenTheAccessPredicateIsTaken_thenItIsTheMatchingData() {
        TestTenant tenant = newTenant();
        CatalogEntryId team = tenant.addTeam("North");
        CrmUser all = tenant.addUser("all", AccessScope.ALL);
        CrmUser portfolio = tenant.addUser("portfolio", AccessScope.PORTFOLIO);
        CrmUser teamUser = tenant.addUser(aUser().withId("team").inTeam(team).withScope(AccessScope.TEAM));
        CrmUser teamless = tenant.addUser("teamless", AccessScope.TEAM);

        assertThat(all.accountAccess()).isEqualTo(new AccountAccess.Unrestricted());
        assertThat(portfolio.accountAccess()).isEqualTo(new AccountAccess.ResponsibleIs(portfolio.id()));
        assertThat(teamUser.accountAccess()).isEqualTo(new AccountAccess.ResponsibleInTeam(team));
        assertThat(teamless.accountAccess()).isEqualTo(new AccountAccess.ResponsibleIs(teamless.id()));
    }
}
