package dev.crmkit.testkit;

import static dev.crmkit.testkit.UserTestData.aUser;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.crmkit.access.AccessScope;
import dev.crmkit.catalog.CatalogDetails;
import dev.crmkit.catalog.CatalogEntry;
import dev.crmkit.catalog.CatalogKind;
import dev.crmkit.catalog.Catalogs;
import dev.crmkit.catalog.ChangeCharacteristicChoices;
import dev.crmkit.catalog.CharacteristicValueType;
import dev.crmkit.catalog.CreateCatalogEntry;
import dev.crmkit.catalog.CreateCharacteristicType;
import dev.crmkit.catalog.CreateRelationshipType;
import dev.crmkit.catalog.RenameCatalogEntry;
import dev.crmkit.common.AccessDeniedException;
import dev.crmkit.common.CatalogEntryId;
import dev.crmkit.common.ConflictException;
import dev.crmkit.common.InvalidCommandException;
import dev.crmkit.common.NotFoundException;
import dev.crmkit.common.RuleViolationException;
import dev.crmkit.common.UserId;
import dev.crmkit.common.Version;
import dev.crmkit.common.Violation;
import dev.crmkit.event.CatalogEvent;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Example;

/**
 * The tenant's catalogs: every kind can be created, renamed, deactivated and deleted; names are unique per
 * kind case-insensitively; an entry in use is never deleted.
 */
public abstract class CatalogContract extends CrmKitSupport {

    @Example
    void givenEveryPlainKind_whenAnEntryIsCreated_thenItIsListedUnderItsKind() {
        TestTenant tenant = newTenant();
        Catalogs catalogs = tenant.admin().catalogs();
        List<CatalogKind> plain = Arrays.stream(CatalogKind.values()).filter(k -> k.shape() == CatalogKind.Shape.PLAIN).toList();

        for (CatalogKind kind : plain) {
            CatalogEntry entry = catalogs.create(new CreateCatalogEntry(kind, " " + kind.name() + " one "));
            assertThat(entry.kind()).isEqualTo(kind);
            assertThat(entry.name()).isEqualTo(kind.name() + " one");
            assertThat(entry.active()).isTrue();
            assertThat(entry.version()).isEqualTo(Version.FIRST);
            assertThat(entry.details()).isEqualTo(new CatalogDetails.Plain());
        }

        for (CatalogKind kind : plain) {
            assertThat(catalogs.list(kind)).extracting(CatalogEntry::name).containsExactly(kind.name() + " one");
        }
        assertThat(published.eventsOf(tenant.id(), CatalogEvent.CatalogEntryCreated.class)).hasSize(plain.size());
    }

    @Example
    void givenAKindWithDetails_whenCreatedAsPlain_thenItIsRefused() {
        TestTenant tenant = newTenant();

        InvalidCommandException e = thrown(InvalidCommandException.class, () -> tenant.admin().catalogs()
                .create(new CreateCatalogEntry(CatalogKind.RELATIONSHIP_TYPE, "parent of")));

        assertThat(e.violations()).extracting(Violation::path, Violation::code).containsExactly(tuple("kind", "NotPlainKind"));
        assertThat(tenant.admin().catalogs().list(CatalogKind.RELATIONSHIP_TYPE)).isEmpty();
    }

    @Example
    void givenCharacteristicTypes_whenCreated_thenTheirValueTypeAndChoicesAreKept() {
        TestTenant tenant = newTenant();
        Catalogs catalogs = tenant.admin().catalogs();

        CatalogEntry segment = catalogs.createCharacteristicType(new CreateCharacteristicType(
                "Segment", CharacteristicValueType.CHOICE, List.of(" Retail ", "Telecom", "Indústria")));
        CatalogEntry employees = catalogs.createCharacteristicType(
                new CreateCharacteristicType("Employees", CharacteristicValueType.NUMBER, null));

        assertThat(segment.details()).isEqualTo(
                new CatalogDetails.Characteristic(CharacteristicValueType.CHOICE, List.of("Retail", "Telecom", "Indústria")));
        assertThat(employees.details()).isEqualTo(new CatalogDetails.Characteristic(CharacteristicValueType.NUMBER, List.of()));
        assertThat(catalogs.list(CatalogKind.CHARACTERISTIC_TYPE)).extracting(CatalogEntry::name)
                .containsExactly("Employees", "Segment");
    }

    @Example
    void givenBadChoices_whenACharacteristicTypeIsCreated_thenEachBadChoiceIsNamed() {
        TestTenant tenant = newTenant();
        Catalogs catalogs = tenant.admin().catalogs();

        InvalidCommandException noChoices = thrown(InvalidCommandException.class, () -> catalogs.createCharacteristicType(
                new CreateCharacteristicType("Segment", CharacteristicValueType.CHOICE, List.of())));
        InvalidCommandException badChoices = thrown(InvalidCommandException.class, () -> catalogs.createCharacteristicType(
                new CreateCharacteristicType("Segment", CharacteristicValueType.CHOICE, Arrays.asList("A", " ", "a", null))));
        InvalidCommandException choicesOnText = thrown(InvalidCommandException.class, () -> catalogs.createCharacteristicType(
                new CreateCharacteristicType("Notes", CharacteristicValueType.TEXT, List.of("x"))));

        assertThat(noChoices.violations()).extracting(Violation::path, Violation::code)
                .containsExactly(tuple("choices", "NotEmpty"));
        assertThat(badChoices.command()).isEqualTo("CreateCharacteristicType");
        assertThat(badChoices.violations()).extracting(Violation::path, Violation::code).containsExactly(
                tuple("choices[1]", "NotBlank"), tuple("choices[2]", "Unique"), tuple("choices[3]", "NotBlank"));
        assertThat(choicesOnText.violations()).extracting(Violation::path, Violation::code)
                .containsExactly(tuple("choices", "OnlyForChoice"));
        assertThat(catalogs.list(CatalogKind.CHARACTERISTIC_TYPE)).isEmpty();
    }

    @Example
    void givenARelationshipType_whenRenamed_thenNameAndInverseChange() {
        TestTenant tenant = newTenant();
        Catalogs catalogs = tenant.admin().catalogs();
        CatalogEntry parent = catalogs.createRelationshipType(new CreateRelationshipType("parent of", "subsidiary of", true));

        CatalogEntry renamed = catalogs.rename(
                new RenameCatalogEntry(parent.id(), "holding of", "held by", parent.version()));
        CatalogEntry keptInverse = catalogs.rename(
                new RenameCatalogEntry(parent.id(), "Holding of", null, renamed.version()));

        assertThat(renamed.name()).isEqualTo("holding of");
        assertThat(renamed.details()).isEqualTo(new CatalogDetails.Relationship("held by", true));
        assertThat(keptInverse.name()).isEqualTo("Holding of");
        assertThat(keptInverse.details()).isEqualTo(new CatalogDetails.Relationship("held by", true));
        assertThat(published.eventsOf(tenant.id(), CatalogEvent.CatalogEntryChanged.class)).hasSize(2);
    }

    @Example
    void givenAnInverseNameForAPlainEntry_whenRenamed_thenItIsRefused() {
        TestTenant tenant = newTenant();
        CatalogEntry team = tenant.addEntry(CatalogKind.TEAM, "North");

        InvalidCommandException e = thrown(InvalidCommandException.class, () -> tenant.admin().catalogs()
                .rename(new RenameCatalogEntry(team.id(), "South", "inverse", team.version())));

        assertThat(e.violations()).extracting(Violation::path).containsExactly("inverseName");
        assertThat(tenant.admin().catalogs().get(team.id())).isEqualTo(team);
    }

    @Example
    void givenANameInUse_whenAnotherEntryOfTheKindTakesIt_thenItIsRefusedCaseInsensitively() {
        TestTenant tenant = newTenant();
        Catalogs catalogs = tenant.admin().catalogs();
        catalogs.create(new CreateCatalogEntry(CatalogKind.PRIORITY, "High"));
        CatalogEntry low = catalogs.create(new CreateCatalogEntry(CatalogKind.PRIORITY, "Low"));

        InvalidCommandException created = thrown(InvalidCommandException.class,
                () -> catalogs.create(new CreateCatalogEntry(CatalogKind.PRIORITY, "  HIGH ")));
        InvalidCommandException renamed = thrown(InvalidCommandException.class,
                () -> catalogs.rename(new RenameCatalogEntry(low.id(), "high", null, low.version())));
        CatalogEntry otherKind = catalogs.create(new CreateCatalogEntry(CatalogKind.CUSTOMER_TYPE, "High"));
        CatalogEntry sameEntryOtherCase = catalogs.rename(new RenameCatalogEntry(low.id(), "LOW", null, low.version()));

        assertThat(created.violations()).extracting(Violation::path, Violation::code).containsExactly(tuple("name", "Unique"));
        assertThat(renamed.violations()).extracting(Violation::path, Violation::code).containsExactly(tuple("name", "Unique"));
        assertThat(otherKind.name()).isEqualTo("High");
        assertThat(sameEntryOtherCase.name()).isEqualTo("LOW");
        assertThat(catalogs.list(CatalogKind.PRIORITY)).extracting(CatalogEntry::name).containsExactly("High", "LOW");
    }

    @Example
    void givenAStaleVersion_whenRenamed_thenItConflicts() {
        TestTenant tenant = newTenant();
        CatalogEntry team = tenant.addEntry(CatalogKind.TEAM, "North");
        tenant.admin().catalogs().rename(new RenameCatalogEntry(team.id(), "South", null, team.version()));

        thrown(ConflictException.class, () -> tenant.admin().catalogs()
                .rename(new RenameCatalogEntry(team.id(), "East", null, team.version())));

        assertThat(tenant.admin().catalogs().get(team.id()).name()).isEqualTo("South");
    }

    @Example
    void givenAChoiceList_whenItsChoicesChange_thenTheNewListIsKept() {
        TestTenant tenant = newTenant();
        Catalogs catalogs = tenant.admin().catalogs();
        CatalogEntry size = catalogs.createCharacteristicType(
                new CreateCharacteristicType("Size", CharacteristicValueType.CHOICE, List.of("Small", "Large")));
        CatalogEntry notes = catalogs.createCharacteristicType(
                new CreateCharacteristicType("Notes", CharacteristicValueType.TEXT, null));

        CatalogEntry changed = catalogs.changeChoices(
                new ChangeCharacteristicChoices(size.id(), List.of("Small", "Medium", "Large"), size.version()));
        InvalidCommandException notAList = thrown(InvalidCommandException.class, () -> catalogs.changeChoices(
                new ChangeCharacteristicChoices(notes.id(), List.of("A"), notes.version())));

        assertThat(changed.details()).isEqualTo(
                new CatalogDetails.Characteristic(CharacteristicValueType.CHOICE, List.of("Small", "Medium", "Large")));
        assertThat(notAList.violations()).extracting(Violation::path, Violation::code)
                .containsExactly(tuple("entryId", "NotAChoiceList"));
    }

    @Example
    void givenAnEntry_whenDeactivatedAndActivated_thenListsFollowAndRepeatsChangeNothing() {
        TestTenant tenant = newTenant();
        Catalogs catalogs = tenant.admin().catalogs();
        CatalogEntry area = tenant.addEntry(CatalogKind.INTEREST_AREA, "Fiber");

        CatalogEntry inactive = catalogs.deactivate(area.id());
        CatalogEntry again = catalogs.deactivate(area.id());

        assertThat(inactive.active()).isFalse();
        assertThat(again).isEqualTo(inactive);
        assertThat(catalogs.list(CatalogKind.INTEREST_AREA)).isEmpty();
        assertThat(catalogs.list(CatalogKind.INTEREST_AREA, true)).containsExactly(inactive);

        assertThat(catalogs.activate(area.id()).active()).isTrue();
        assertThat(catalogs.list(CatalogKind.INTEREST_AREA)).extracting(CatalogEntry::id).containsExactly(area.id());
    }

    @Example
    void givenAnUnusedEntry_whenDeleted_thenItIsGoneAndItsNameIsFree() {
        TestTenant tenant = newTenant();
        Catalogs catalogs = tenant.admin().catalogs();
        CatalogEntry list = tenant.addEntry(CatalogKind.PRICE_LIST, "Retail");

        catalogs.delete(list.id());

        thrown(NotFoundException.class, () -> catalogs.get(list.id()));
        assertThat(catalogs.create(new CreateCatalogEntry(CatalogKind.PRICE_LIST, "retail")).name()).isEqualTo("retail");
        assertThat(published.eventsOf(tenant.id(), CatalogEvent.CatalogEntryDeleted.class))
                .extracting(CatalogEvent.CatalogEntryDeleted::name).containsExactly("Retail");
    }

    @Example
    void givenATeamWithMembers_whenDeleted_thenItIsRefusedUntilNobodyIsInIt() {
        TestTenant tenant = newTenant();
        CatalogEntryId team = tenant.addTeam("North");
        var member = tenant.addUser(aUser().withId("member").inTeam(team).withScope(AccessScope.TEAM));

        RuleViolationException e = thrown(RuleViolationException.class, () -> tenant.admin().catalogs().delete(team));

        assertThat(e.code()).isEqualTo("rule.catalog.entry-in-use");
        assertThat(e.field()).contains("entryId");
        assertThat(tenant.admin().catalogs().get(team).name()).isEqualTo("North");

        tenant.admin().users().update(UserTestData.unchanged(member).withoutTeam());
        tenant.admin().catalogs().delete(team);
        thrown(NotFoundException.class, () -> tenant.admin().catalogs().get(team));
    }

    @Example
    void givenAUserWhoIsNotAnAdministrator_whenItChangesCatalogs_thenAccessIsDeniedButItCanRead() {
        TestTenant tenant = newTenant();
        CatalogEntry team = tenant.addEntry(CatalogKind.TEAM, "North");
        tenant.addUser("bob", AccessScope.PORTFOLIO);
        Catalogs asBob = tenant.as(UserId.of("bob")).catalogs();

        thrown(AccessDeniedException.class, () -> asBob.create(new CreateCatalogEntry(CatalogKind.TEAM, "Mine")));
        thrown(AccessDeniedException.class, () -> asBob.rename(new RenameCatalogEntry(team.id(), "Mine", null, team.version())));
        thrown(AccessDeniedException.class, () -> asBob.deactivate(team.id()));
        thrown(AccessDeniedException.class, () -> asBob.delete(team.id()));

        assertThat(asBob.list(CatalogKind.TEAM)).containsExactly(team);
        assertThat(asBob.get(team.id())).isEqualTo(team);
    }

    @Example
    void givenAnUnknownEntryId_whenUsed_thenItIsNotFoundNamingTheField() {
        TestTenant tenant = newTenant();
        CatalogEntryId unknown = CatalogEntryId.newId();

        NotFoundException e = thrown(NotFoundException.class, () -> tenant.admin().catalogs().delete(unknown));

        assertThat(e.field()).contains("entryId");
        assertThat(e.id()).isEqualTo(unknown.toString());
    }
}
