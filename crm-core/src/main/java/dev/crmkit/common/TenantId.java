package dev.crmkit.common;

/**
 * The id of a tenant, assigned by the host (its own key for the company, up to 64 characters).
 *
 * <p>Every record of CRM Kit belongs to exactly one tenant, and nothing ever crosses tenants.
 *
 * @param value the host's key of the tenant
 */
public record TenantId(String value) {

    /** The largest length of a tenant key. */
    public static final int MAX_LENGTH = 64;

    /** Checks the key: not blank, no surrounding blanks or control characters, at most 64 characters. */
    public TenantId {
        Ids.hostKey(value, "tenantId", MAX_LENGTH);
    }

    /**
     * Returns the tenant id of the given key.
     *
     * @param value the host's key of the tenant
     * @return the id
     */
    public static TenantId of(String value) {
        return new TenantId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
