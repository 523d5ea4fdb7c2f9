package dev.crmkit.access;

import dev.crmkit.common.TenantId;
import java.util.Optional;

/**
 * Host-level administration of tenants, from {@code Crm.tenants()}. The host owns authentication and decides
 * which companies it serves, so these calls act for no CRM user; their messages are in English.
 */
public interface TenantAdministration {

    /**
     * Creates a tenant and its first administrator in one unit of work.
     *
     * @param command the tenant and its administrator
     * @return the stored tenant
     * @throws dev.crmkit.common.InvalidCommandException on bad input, or when the tenant id is taken
     */
    Tenant create(CreateTenant command);

    /**
     * Looks a tenant up.
     *
     * @param tenantId the host's key
     * @return the tenant, if it exists
     */
    Optional<Tenant> find(TenantId tenantId);
}
