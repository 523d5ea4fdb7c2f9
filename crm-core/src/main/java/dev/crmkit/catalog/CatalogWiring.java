package dev.crmkit.catalog;

import dev.crmkit.internal.Session;
import dev.crmkit.spi.StoredRecords;

/**
 * Builds the package-private services of catalogs for the entry point. It takes only {@code dev.crmkit.internal}
 * types, which host code may not use (an architecture rule checks it), so a host reaches these services only
 * through {@code Crm} and {@code CrmSession}.
 */
public final class CatalogWiring {

    // Adapters rebuild this capability's aggregates through StoredRecords, which reaches the package-private
    // factories only through what is registered here.
    static {
        StoredRecords.register(StoredRecords.CatalogEntryFactory.class, CatalogEntry::reconstitute);
    }

    private CatalogWiring() {}

    /**
     * The tenant's catalogs.
     *
     * @param session the actor's session
     * @return the service
     */
    public static Catalogs catalogs(Session session) {
        return new CatalogService(session.useCases(), session.caller());
    }
}
