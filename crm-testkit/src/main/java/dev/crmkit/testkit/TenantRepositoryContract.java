package dev.crmkit.testkit;

import static dev.crmkit.testkit.StoreFixtures.read;
import static dev.crmkit.testkit.StoreFixtures.tenantOf;
import static dev.crmkit.testkit.StoreFixtures.run;
import static dev.crmkit.testkit.StoreFixtures.storedTenant;
import static dev.crmkit.testkit.StoreFixtures.tenant;
import static dev.crmkit.testkit.StoreFixtures.write;
import static org.assertj.core.api.Assertions.assertThat;

import dev.crmkit.access.Tenant;
import dev.crmkit.common.ConflictException;
import dev.crmkit.common.TenantId;
import dev.crmkit.common.Version;
import java.time.ZoneId;
import java.util.Locale;
import net.jqwik.api.Example;

/** The tenant record: stored once, updated with optimistic locking, absent for unknown tenants. */
public abstract class TenantRepositoryContract extends CrmKitSupport {

    @Example
    void givenAnUnknownTenant_whenFound_thenItIsAbsent() {
        assertThat(tenantOf(store(), uniqueTenantId())).isEmpty();
    }

    @Example
    void givenANewTenant_whenInserted_thenItIsStoredAtTheFirstVersionWithEveryField() {
        TenantId id = uniqueTenantId();
        Tenant tenant = tenant(id);

        Tenant stored = write(store(), id, uow -> uow.tenant().insert(tenant));

        assertThat(stored.version()).isEqualTo(Version.FIRST);
        Tenant found = tenantOf(store(), id).orElseThrow();
        assertThat(found).isEqualTo(stored);
        assertThat(found.timeZone()).isEqualTo(ZoneId.of("Europe/Lisbon"));
        assertThat(found.defaultLocale()).isEqualTo(Locale.forLanguageTag("pt-BR"));
        assertThat(found.otherClassificationName()).isEqualTo("Outro");
        assertThat(found.createdAt()).isEqualTo(StoreFixtures.CREATED);
    }

    @Example
    void givenAStoredTenant_whenInsertedAgain_thenItConflicts() {
        TenantId id = storedTenant(store());

        thrown(ConflictException.class, () -> run(store(), id, uow -> uow.tenant().insert(tenant(id))));
    }

    @Example
    void givenAStoredTenant_whenUpdated_thenTheVersionMovesOnAndAStaleUpdateConflicts() {
        TenantId id = storedTenant(store());
        Tenant loaded = tenantOf(store(), id).orElseThrow();
        Tenant renamed = renamed(loaded, "Renamed");

        Tenant stored = write(store(), id, uow -> uow.tenant().update(renamed));

        assertThat(stored.version()).isEqualTo(loaded.version().next());
        assertThat(tenantOf(store(), id)).contains(stored);

        Tenant stale = renamed(loaded, "Stale");
        ConflictException conflict = thrown(ConflictException.class, () -> run(store(), id, uow -> uow.tenant().update(stale)));
        assertThat(conflict.code()).isEqualTo(ConflictException.STALE_VERSION);
        assertThat(tenantOf(store(), id)).contains(stored);
    }

    private static Tenant renamed(Tenant tenant, String name) {
        return StoredStates.of(tenant).set("name", name).set("timeZone", ZoneId.of("UTC")).set("defaultLocale", Locale.ENGLISH)
                .set("otherClassificationName", "Other").build();
    }
}
