package dev.crmkit.testkit;

import static dev.crmkit.testkit.StoreFixtures.entry;
import static dev.crmkit.testkit.StoreFixtures.read;
import static dev.crmkit.testkit.StoreFixtures.entriesOf;
import static dev.crmkit.testkit.StoreFixtures.entryNamed;
import static dev.crmkit.testkit.StoreFixtures.entryOf;
import static dev.crmkit.testkit.StoreFixtures.run;
import static dev.crmkit.testkit.StoreFixtures.storedTenant;
import static dev.crmkit.testkit.StoreFixtures.write;
import static org.assertj.core.api.Assertions.assertThat;

import dev.crmkit.catalog.CatalogDetails;
import dev.crmkit.catalog.CatalogEntry;
import dev.crmkit.catalog.CatalogKind;
import dev.crmkit.catalog.CharacteristicValueType;
import dev.crmkit.common.CatalogEntryId;
import dev.crmkit.common.ConflictException;
import dev.crmkit.common.TenantId;
import dev.crmkit.common.Version;
import java.util.List;
import net.jqwik.api.Example;

/**
 * The catalog repository: every shape of details round-trips, (kind, name key) is unique, versions guard
 * updates and deletes.
 */
public abstract class CatalogRepositoryContract extends CrmKitSupport {

    @Example
    void givenEntriesOfEveryShape_whenInserted_thenTheyRoundTrip() {
        TenantId tenantId = storedTenant(store());
        CatalogEntry plain = entry(CatalogKind.PRICE_LIST, "Retail");
        CatalogEntry characteristic = CatalogEntry.create(CatalogKind.CHARACTERISTIC_TYPE, "Segment",
                new CatalogDetails.Characteristic(CharacteristicValueType.CHOICE, List.of("Retail", "Telecom", "Ação")),
                StoreFixtures.CREATED);
        CatalogEntry relationship = CatalogEntry.create(CatalogKind.RELATIONSHIP_TYPE, "parent of",
                new CatalogDetails.Relationship("subsidiary of", true), StoreFixtures.CREATED);

        List<CatalogEntry> stored = write(store(), tenantId, uow -> List.of(
                uow.catalog().insert(plain), uow.catalog().insert(characteristic), uow.catalog().insert(relationship)));

        assertThat(stored).extracting(CatalogEntry::version).containsOnly(Version.FIRST);
        for (CatalogEntry entry : stored) {
            assertThat(entryOf(store(), tenantId, entry.id())).contains(entry);
        }
        assertThat(entriesOf(store(), tenantId, CatalogKind.CHARACTERISTIC_TYPE))
                .singleElement()
                .extracting(CatalogEntry::details)
                .isEqualTo(new CatalogDetails.Characteristic(CharacteristicValueType.CHOICE, List.of("Retail", "Telecom", "Ação")));
        List<CatalogEntry> someFound = read(store(), tenantId,
                uow -> uow.catalog().findByIds(List.of(plain.id(), CatalogEntryId.newId(), relationship.id())));
        assertThat(someFound)
                .extracting(CatalogEntry::id)
                .containsExactlyInAnyOrder(plain.id(), relationship.id());
    }

    @Example
    void givenAName_whenTheSameKeyIsInsertedInTheSameKind_thenItConflictsButOtherKindsMayUseIt() {
        TenantId tenantId = storedTenant(store());
        write(store(), tenantId, uow -> uow.catalog().insert(entry(CatalogKind.TEAM, "Key Accounts")));

        thrown(ConflictException.class,
                () -> run(store(), tenantId, uow -> uow.catalog().insert(entry(CatalogKind.TEAM, "  KEY   accounts "))));
        CatalogEntry otherKind = write(store(), tenantId, uow -> uow.catalog().insert(entry(CatalogKind.PRIORITY, "Key Accounts")));

        assertThat(entryNamed(store(), tenantId, CatalogKind.PRIORITY, "key accounts"))
                .contains(otherKind);
        assertThat(entriesOf(store(), tenantId, CatalogKind.TEAM)).hasSize(1);
    }

    @Example
    void givenARenamedEntry_whenAnotherTakesTheOldName_thenItIsFree() {
        TenantId tenantId = storedTenant(store());
        CatalogEntry team = write(store(), tenantId, uow -> uow.catalog().insert(entry(CatalogKind.TEAM, "North")));

        CatalogEntry renamed = write(store(), tenantId, uow -> uow.catalog().update(StoredStates.of(team).set("name", "South").build()));
        CatalogEntry reused = write(store(), tenantId, uow -> uow.catalog().insert(entry(CatalogKind.TEAM, "North")));

        assertThat(renamed.version()).isEqualTo(team.version().next());
        assertThat(entryNamed(store(), tenantId, CatalogKind.TEAM, "north")).contains(reused);
        assertThat(entryNamed(store(), tenantId, CatalogKind.TEAM, "south")).contains(renamed);
    }

    @Example
    void givenAStaleEntry_whenUpdatedOrDeleted_thenItConflictsAndStays() {
        TenantId tenantId = storedTenant(store());
        CatalogEntry loaded = write(store(), tenantId, uow -> uow.catalog().insert(entry(CatalogKind.TEAM, "North")));
        CatalogEntry current = write(store(), tenantId, uow -> uow.catalog().update(StoredStates.of(loaded).set("active", false).build()));

        thrown(ConflictException.class,
                () -> run(store(), tenantId, uow -> uow.catalog().update(StoredStates.of(loaded).set("name", "East").build())));
        thrown(ConflictException.class, () -> run(store(), tenantId, uow -> uow.catalog().delete(loaded)));

        assertThat(entryOf(store(), tenantId, loaded.id())).contains(current);

        run(store(), tenantId, uow -> uow.catalog().delete(current));
        assertThat(entryOf(store(), tenantId, loaded.id())).isEmpty();
        assertThat(entryNamed(store(), tenantId, CatalogKind.TEAM, "north")).isEmpty();
    }
}
