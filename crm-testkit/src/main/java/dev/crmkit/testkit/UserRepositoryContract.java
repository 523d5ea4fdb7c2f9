package dev.crmkit.testkit;

import static dev.crmkit.testkit.StoreFixtures.entry;
import static dev.crmkit.testkit.StoreFixtures.read;
import static dev.crmkit.testkit.StoreFixtures.teamHasUsers;
import static dev.crmkit.testkit.StoreFixtures.userOf;
import static dev.crmkit.testkit.StoreFixtures.usersOf;
import static dev.crmkit.testkit.StoreFixtures.run;
import static dev.crmkit.testkit.StoreFixtures.storedTenant;
import static dev.crmkit.testkit.StoreFixtures.user;
import static dev.crmkit.testkit.StoreFixtures.write;
import static org.assertj.core.api.Assertions.assertThat;

import dev.crmkit.access.AccessScope;
import dev.crmkit.access.CrmUser;
import dev.crmkit.catalog.CatalogEntry;
import dev.crmkit.catalog.CatalogKind;
import dev.crmkit.common.ConflictException;
import dev.crmkit.common.TenantId;
import dev.crmkit.common.UserId;
import dev.crmkit.common.Version;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Example;

/** The user repository: every field round-trips, finders answer for the tenant only, versions guard updates. */
public abstract class UserRepositoryContract extends CrmKitSupport {

    @Example
    void givenANewUser_whenInserted_thenEveryFieldIsStoredAtTheFirstVersion() {
        TenantId tenantId = storedTenant(store());
        CatalogEntry team = write(store(), tenantId, uow -> uow.catalog().insert(entry(CatalogKind.TEAM, "Sales")));
        CrmUser user = CrmUser.create(UserId.of("ana@acme"), "Ana Souza", team.id(), AccessScope.TEAM, true, StoreFixtures.CREATED);

        CrmUser stored = write(store(), tenantId, uow -> uow.users().insert(user));

        assertThat(stored.version()).isEqualTo(Version.FIRST);
        CrmUser found = read(store(), tenantId, uow -> uow.users().findById(UserId.of("ana@acme"))).orElseThrow();
        assertThat(found).isEqualTo(stored);
        assertThat(found.teamId()).contains(team.id());
        assertThat(found.scope()).isEqualTo(AccessScope.TEAM);
        assertThat(found.admin()).isTrue();
        assertThat(found.active()).isTrue();
    }

    @Example
    void givenAStoredUser_whenInsertedAgain_thenItConflicts() {
        TenantId tenantId = storedTenant(store());
        write(store(), tenantId, uow -> uow.users().insert(user("ana")));

        thrown(ConflictException.class, () -> run(store(), tenantId, uow -> uow.users().insert(user("ana"))));
    }

    @Example
    void givenSeveralUsers_whenFoundByIds_thenUnknownIdsAreSkipped() {
        TenantId tenantId = storedTenant(store());
        CrmUser ana = write(store(), tenantId, uow -> uow.users().insert(user("ana")));
        CrmUser bia = write(store(), tenantId, uow -> uow.users().insert(user("bia")));
        write(store(), tenantId, uow -> uow.users().insert(user("caio")));

        List<CrmUser> found = read(store(), tenantId,
                uow -> uow.users().findByIds(List.of(UserId.of("ana"), UserId.of("nobody"), UserId.of("bia"))));

        assertThat(found).containsExactlyInAnyOrder(ana, bia);
        assertThat(usersOf(store(), tenantId)).hasSize(3);
    }

    @Example
    void givenUsersInATeam_whenTheirTeamChanges_thenTeamMembershipFollows() {
        TenantId tenantId = storedTenant(store());
        CatalogEntry sales = write(store(), tenantId, uow -> uow.catalog().insert(entry(CatalogKind.TEAM, "Sales")));
        CatalogEntry support = write(store(), tenantId, uow -> uow.catalog().insert(entry(CatalogKind.TEAM, "Support")));
        CrmUser ana = write(store(), tenantId, uow -> uow.users().insert(
                CrmUser.create(UserId.of("ana"), "Ana", sales.id(), AccessScope.TEAM, false, StoreFixtures.CREATED)));

        assertThat(teamHasUsers(store(), tenantId, sales.id())).isTrue();
        assertThat(teamHasUsers(store(), tenantId, support.id())).isFalse();

        write(store(), tenantId, uow -> uow.users().update(
                StoredStates.of(ana).set("displayName", "Ana").set("teamId", support.id()).set("scope", AccessScope.TEAM)
                        .set("admin", false).build()));

        assertThat(teamHasUsers(store(), tenantId, sales.id())).isFalse();
        assertThat(teamHasUsers(store(), tenantId, support.id())).isTrue();
    }

    @Example
    void givenAdmins_whenCounted_thenOnlyActiveAdminsCount() {
        TenantId tenantId = storedTenant(store());
        CrmUser first = write(store(), tenantId, uow -> uow.users().insert(
                CrmUser.create(UserId.of("a1"), "A1", null, AccessScope.ALL, true, StoreFixtures.CREATED)));
        write(store(), tenantId, uow -> uow.users().insert(
                CrmUser.create(UserId.of("a2"), "A2", null, AccessScope.ALL, true, StoreFixtures.CREATED)));
        write(store(), tenantId, uow -> uow.users().insert(user("plain")));

        assertThat((long) read(store(), tenantId, uow -> uow.users().countActiveAdmins())).isEqualTo(2);

        write(store(), tenantId, uow -> uow.users().update(StoredStates.of(first).set("active", false).build()));

        assertThat((long) read(store(), tenantId, uow -> uow.users().countActiveAdmins())).isEqualTo(1);
    }

    @Example
    void givenTwoWritersFromTheSameVersion_whenBothUpdate_thenTheSecondConflictsAndTheFirstChangeStays() {
        TenantId tenantId = storedTenant(store());
        CrmUser loaded = write(store(), tenantId, uow -> uow.users().insert(user("ana")));
        CrmUser first = StoredStates.of(loaded).set("displayName", "First").set("teamId", null)
                .set("scope", AccessScope.ALL).set("admin", false).build();
        CrmUser second = StoredStates.of(loaded).set("displayName", "Second").set("teamId", null)
                .set("scope", AccessScope.TEAM).set("admin", false).build();

        CrmUser stored = write(store(), tenantId, uow -> uow.users().update(first));
        ConflictException conflict = thrown(ConflictException.class,
                () -> run(store(), tenantId, uow -> uow.users().update(second)));

        assertThat(stored.version()).isEqualTo(Version.FIRST.next());
        assertThat(conflict.code()).isEqualTo(ConflictException.STALE_VERSION);
        assertThat(userOf(store(), tenantId, "ana")).contains(stored);
    }
}
