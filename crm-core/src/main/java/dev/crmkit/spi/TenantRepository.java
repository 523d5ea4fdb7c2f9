package dev.crmkit.spi;

import dev.crmkit.access.Tenant;
import java.util.Optional;

/** The tenant record of a unit of work's tenant. */
public interface TenantRepository {

    /**
     * The tenant.
     *
     * @return the tenant, or empty when the unit of work's tenant does not exist
     */
    Optional<Tenant> find();

    /**
     * Stores the unit of work's tenant, which must not exist yet.
     *
     * @param tenant the new tenant, whose id is the unit of work's tenant id
     * @return the tenant at {@code Version.FIRST}
     */
    Tenant insert(Tenant tenant);

    /**
     * Stores a changed tenant.
     *
     * @param tenant the tenant, at the version it was loaded with
     * @return the tenant at the next version
     */
    Tenant update(Tenant tenant);
}
