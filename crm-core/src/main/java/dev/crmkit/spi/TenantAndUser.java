package dev.crmkit.spi;

import dev.crmkit.access.CrmUser;
import dev.crmkit.access.Tenant;
import java.util.Objects;
import java.util.Optional;

/**
 * A tenant's record and one of its users, as {@link UnitOfWork#tenantAndUser} reads them.
 *
 * @param tenant the tenant, if it exists
 * @param user the user, if the tenant has it
 */
public record TenantAndUser(Optional<Tenant> tenant, Optional<CrmUser> user) {

    /** Checks both parts are present (each may be empty). */
    public TenantAndUser {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(user, "user");
    }
}
