package dev.crmkit.inmemory;

import dev.crmkit.access.CrmUser;
import dev.crmkit.access.Tenant;
import dev.crmkit.catalog.CatalogEntry;
import dev.crmkit.common.CatalogEntryId;
import dev.crmkit.common.TenantId;
import dev.crmkit.common.UserId;
import java.util.List;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/** All data of one tenant, behind one read-write lock. */
final class TenantPartition {

    final TenantId tenantId;
    final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();

    Tenant tenant;

    final Table<UserId, CrmUser> users = new Table<>("user", CrmUser::id);
    final Table.Index<UserId, CrmUser, CatalogEntryId> usersByTeam =
            users.index(u -> u.teamId().map(List::of).orElse(List.of()));
    final Table.Index<UserId, CrmUser, Boolean> activeAdmins =
            users.index(u -> u.active() && u.admin() ? List.of(Boolean.TRUE) : List.of());

    final Table<CatalogEntryId, CatalogEntry> catalog = new Table<>("catalog-entry", CatalogEntry::id);
    final Table.Index<CatalogEntryId, CatalogEntry, Object> catalogByKind = catalog.index(e -> List.of(e.kind()));
    final Table.Unique<CatalogEntryId, CatalogEntry> catalogByName =
            catalog.unique("name", e -> new KindAndName(e.kind(), e.nameKey()));

    TenantPartition(TenantId tenantId) {
        this.tenantId = tenantId;
    }

    /** The key catalog names are unique by. */
    record KindAndName(Object kind, String nameKey) {}
}
