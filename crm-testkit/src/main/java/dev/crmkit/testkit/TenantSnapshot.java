package dev.crmkit.testkit;

import dev.crmkit.CrmSession;
import dev.crmkit.access.CrmUser;
import dev.crmkit.access.Tenant;
import dev.crmkit.catalog.CatalogEntry;
import dev.crmkit.catalog.CatalogKind;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Everything of a tenant the API shows its administrator, to compare before and after an operation that
 * must change nothing.
 *
 * @param tenant the tenant record
 * @param users every user
 * @param catalogs every catalog entry, inactive ones included, by kind
 */
public record TenantSnapshot(Tenant tenant, List<CrmUser> users, Map<CatalogKind, List<CatalogEntry>> catalogs) {

    /**
     * Takes a snapshot.
     *
     * @param admin an administrator's API of the tenant
     * @return the snapshot
     */
    public static TenantSnapshot of(CrmSession admin) {
        Map<CatalogKind, List<CatalogEntry>> catalogs = new EnumMap<>(CatalogKind.class);
        for (CatalogKind kind : CatalogKind.values()) {
            catalogs.put(kind, admin.catalogs().list(kind, true));
        }
        return new TenantSnapshot(admin.tenant().get(), admin.users().list(), catalogs);
    }
}
