package dev.crmkit.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.crmkit.CrmSession;
import dev.crmkit.access.AccessScope;
import dev.crmkit.access.CrmUser;
import dev.crmkit.access.UpdateUser;
import dev.crmkit.catalog.CatalogEntry;
import dev.crmkit.catalog.CatalogKind;
import dev.crmkit.catalog.ChangeCharacteristicChoices;
import dev.crmkit.catalog.CharacteristicValueType;
import dev.crmkit.catalog.CreateCharacteristicType;
import dev.crmkit.catalog.CreateRelationshipType;
import dev.crmkit.catalog.RenameCatalogEntry;
import dev.crmkit.common.CatalogEntryId;
import dev.crmkit.common.InvalidCommandException;
import dev.crmkit.common.NotFoundException;
import dev.crmkit.common.Text;
import dev.crmkit.common.UserId;
import dev.crmkit.common.Version;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/**
 * Property: across random tenants, users and catalogs, nothing of one tenant is ever visible or changeable
 * from another, and an id of another tenant behaves exactly as an unknown id. User ids are drawn from a small
 * pool, so the same host user id often exists in several tenants, as it would for a provider's shared staff.
 */
public abstract class TenantIsolationProperties extends CrmKitSupport {

    private static final List<String> USER_POOL = List.of("ana", "bia", "caio", "duda", "eva", "fabio");

    @Property(tries = 25)
    void nothingOfOneTenantIsVisibleOrChangeableFromAnother(@ForAll("worlds") List<TenantSpec> specs) {
        List<World> worlds = specs.stream().map(this::build).toList();
        Map<World, TenantSnapshot> before = new LinkedHashMap<>();
        worlds.forEach(w -> before.put(w, TenantSnapshot.of(w.tenant().admin())));

        for (World own : worlds) {
            for (World other : worlds) {
                if (own != other) {
                    checkReads(own, other);
                    checkWrites(own, other);
                }
            }
        }

        for (World world : worlds) {
            assertThat(TenantSnapshot.of(world.tenant().admin())).isEqualTo(before.get(world));
        }
    }

    private void checkReads(World own, World other) {
        for (UserId actor : own.activeUsers()) {
            CrmSession session = own.tenant().as(actor);
            assertThat(session.users().list()).extracting(CrmUser::id).containsExactlyInAnyOrderElementsOf(own.allUsers());
            assertThat(session.users().list()).allSatisfy(u -> assertThat(u.displayName()).startsWith(own.marker()));
            for (CatalogKind kind : CatalogKind.values()) {
                assertThat(session.catalogs().list(kind, true)).allSatisfy(e -> assertThat(e.id()).isIn(own.entryIds()));
            }
            for (CatalogEntry foreign : other.entries()) {
                sameAsUnknown(() -> session.catalogs().get(foreign.id()), () -> session.catalogs().get(CatalogEntryId.newId()),
                        foreign.id().toString());
            }
            for (UserId foreign : other.allUsers()) {
                if (own.allUsers().contains(foreign)) {
                    assertThat(session.users().get(foreign).displayName()).startsWith(own.marker());
                } else {
                    sameAsUnknown(() -> session.users().get(foreign), () -> session.users().get(UserId.of("nobody-at-all")),
                            foreign.value());
                }
            }
        }
    }

    private void checkWrites(World own, World other) {
        CrmSession admin = own.tenant().admin();
        for (CatalogEntry foreign : other.entries()) {
            CatalogEntryId id = foreign.id();
            assertNotFound(() -> admin.catalogs().rename(new RenameCatalogEntry(id, "Taken Over", null, foreign.version())));
            assertNotFound(() -> admin.catalogs().changeChoices(new ChangeCharacteristicChoices(id, List.of("x"), foreign.version())));
            assertNotFound(() -> admin.catalogs().deactivate(id));
            assertNotFound(() -> admin.catalogs().activate(id));
            assertNotFound(() -> admin.catalogs().delete(id));
            if (foreign.kind() == CatalogKind.TEAM) {
                InvalidCommandException e = thrown(InvalidCommandException.class, () -> admin.users()
                        .create(UserTestData.aUser().inTeam(id).build()));
                assertThat(e.violations()).extracting("path", "code").containsExactly(
                        tuple("teamId", "UnknownReference"));
            }
        }
        for (UserId foreign : other.allUsers()) {
            if (!own.allUsers().contains(foreign)) {
                assertNotFound(() -> admin.users().update(
                        new UpdateUser(foreign, "Taken Over", null, AccessScope.ALL, true, Version.FIRST)));
                assertNotFound(() -> admin.users().deactivate(foreign));
                assertNotFound(() -> admin.users().activate(foreign));
            }
        }
    }

    private static void assertNotFound(ThrowingCallable call) {
        thrown(NotFoundException.class, call);
    }

    /** A foreign id must fail exactly like an unknown one: same type, code, field and message but for the id. */
    private static void sameAsUnknown(
            ThrowingCallable foreign,
            ThrowingCallable unknown,
            String foreignId) {
        NotFoundException byForeign = thrown(NotFoundException.class, foreign);
        NotFoundException byUnknown = thrown(NotFoundException.class, unknown);
        assertThat(byForeign.code()).isEqualTo(byUnknown.code());
        assertThat(byForeign.field()).isEqualTo(byUnknown.field());
        assertThat(byForeign.entity()).isEqualTo(byUnknown.entity());
        assertThat(byForeign.getMessage().replace(foreignId, "<id>"))
                .isEqualTo(byUnknown.getMessage().replace(byUnknown.id(), "<id>"));
    }

    private World build(TenantSpec spec) {
        TestTenant tenant = newTenant();
        String marker = "[" + tenant.id().value() + "] ";
        List<CatalogEntry> entries = new ArrayList<>();
        for (EntrySpec entry : spec.entries()) {
            entries.add(switch (entry.kind()) {
                case CHARACTERISTIC_TYPE -> tenant.admin().catalogs().createCharacteristicType(
                        new CreateCharacteristicType(entry.name(), CharacteristicValueType.CHOICE, List.of("a", "b")));
                case RELATIONSHIP_TYPE -> tenant.admin().catalogs().createRelationshipType(
                        new CreateRelationshipType(entry.name(), entry.name() + " (inverse)", entry.hierarchical()));
                default -> tenant.addEntry(entry.kind(), entry.name());
            });
        }
        List<CatalogEntryId> teams = entries.stream().filter(e -> e.kind() == CatalogKind.TEAM).map(CatalogEntry::id).toList();
        Map<UserId, Boolean> users = new HashMap<>();
        users.put(tenant.adminId(), true);
        tenant.admin().users().update(UserTestData.unchanged(tenant.admin().users().me()).named(marker + "Admin"));
        for (UserSpec user : spec.users()) {
            CatalogEntryId team = teams.isEmpty() || user.team() < 0 ? null : teams.get(user.team() % teams.size());
            UserTestData data = UserTestData.aUser().withId(user.id()).named(marker + user.id()).inTeam(team)
                    .withScope(user.scope());
            CrmUser created = tenant.addUser(user.admin() ? data.asAdmin() : data);
            if (!user.active()) {
                tenant.admin().users().deactivate(created.id());
            }
            users.put(created.id(), user.active());
        }
        return new World(tenant, marker, entries, users);
    }

    @Provide
    Arbitrary<List<TenantSpec>> worlds() {
        return tenantSpec().list().ofMinSize(2).ofMaxSize(3);
    }

    private static Arbitrary<TenantSpec> tenantSpec() {
        Arbitrary<List<UserSpec>> users = Combinators.combine(
                        Arbitraries.of(USER_POOL), Arbitraries.of(AccessScope.class), Arbitraries.of(true, false),
                        Arbitraries.of(true, true, false), Arbitraries.integers().between(-1, 3))
                .as(UserSpec::new)
                .list().ofMaxSize(4).uniqueElements(UserSpec::id);
        Arbitrary<List<EntrySpec>> entries = Combinators.combine(
                        Arbitraries.of(CatalogKind.class), Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(12),
                        Arbitraries.of(true, false))
                .as(EntrySpec::new)
                .list().ofMaxSize(6).uniqueElements(e -> e.kind() + "/" + Text.key(e.name()));
        return Combinators.combine(users, entries).as(TenantSpec::new);
    }

    /** A random tenant: its users and catalog entries. */
    record TenantSpec(List<UserSpec> users, List<EntrySpec> entries) {}

    /** A random user; {@code team} indexes the tenant's teams, -1 for none. */
    record UserSpec(String id, AccessScope scope, boolean admin, boolean active, int team) {}

    /** A random catalog entry. */
    record EntrySpec(CatalogKind kind, String name, boolean hierarchical) {}

    /** A tenant built from its spec. */
    record World(TestTenant tenant, String marker, List<CatalogEntry> entries, Map<UserId, Boolean> users) {

        Set<UserId> allUsers() {
            return users.keySet();
        }

        List<UserId> activeUsers() {
            return users.entrySet().stream().filter(Map.Entry::getValue).map(Map.Entry::getKey).toList();
        }

        Set<CatalogEntryId> entryIds() {
            return entries.stream().map(CatalogEntry::id).collect(Collectors.toSet());
        }
    }

}
