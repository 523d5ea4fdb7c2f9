package dev.crmkit.access;

/** The actor's own tenant: any active user reads it, administrators change it. */
public interface TenantSettings {

    /**
     * The actor's tenant.
     *
     * @return the tenant
     */
    Tenant get();

    /**
     * Changes the tenant's settings (administrators only).
     *
     * @param command the new settings and the version the caller last saw
     * @return the stored tenant
     */
    Tenant update(UpdateTenant command);
}
