package dev.crmkit.access;

import dev.crmkit.internal.Session;
import dev.crmkit.internal.UseCases;
import dev.crmkit.spi.StoredRecords;

/**
 * Builds the package-private services of tenants and users for the entry point. It takes only {@code dev.crmkit.internal}
 * types, which host code may not use (an architecture rule checks it), so a host reaches these services only
 * through {@code Crm} and {@code CrmSession}.
 */
public final class AccessWiring {

    // Adapters rebuild this capability's aggregates through StoredRecords, which reaches the package-private
    // factories only through what is registered here.
    static {
        StoredRecords.register(StoredRecords.TenantFactory.class, Tenant::reconstitute);
        StoredRecords.register(StoredRecords.UserFactory.class, CrmUser::reconstitute);
    }

    private AccessWiring() {}

    /**
     * The host-level tenant administration.
     *
     * @param useCases the use-case runner
     * @return the service
     */
    public static TenantAdministration tenants(UseCases useCases) {
        return new TenantServices.Host(useCases);
    }

    /**
     * The actor's tenant settings.
     *
     * @param session the actor's session
     * @return the service
     */
    public static TenantSettings tenantSettings(Session session) {
        return new TenantServices.Settings(session.useCases(), session.caller());
    }

    /**
     * The tenant's user administration.
     *
     * @param session the actor's session
     * @return the service
     */
    public static UserAdministration users(Session session) {
        return new UserService(session.useCases(), session.caller());
    }
}
