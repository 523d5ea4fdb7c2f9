package dev.crmkit;

import dev.crmkit.access.TenantSettings;
import dev.crmkit.access.UserAdministration;
import dev.crmkit.catalog.Catalogs;

/**
 * The API acting for one {@link Actor}, from {@link Crm#as(Actor)}. Cheap to create and stateless: every
 * call runs its own unit of work, checks the actor (an unknown or inactive user can do nothing) and reports
 * errors in the actor's locale. Safe to share between threads.
 */
public final class CrmSession {

    private final Actor actor;
    private final TenantSettings tenant;
    private final UserAdministration users;
    private final Catalogs catalogs;

    CrmSession(UseCases useCases, Actor actor) {
        this.actor = actor;
        this.tenant = new TenantServices.Settings(useCases, actor);
        this.users = new UserService(useCases, actor);
        this.catalogs = new CatalogService(useCases, actor);
    }

    /**
     * Who this API acts for.
     *
     * @return the actor
     */
    public Actor actor() {
        return actor;
    }

    /**
     * The actor's tenant and its settings.
     *
     * @return the tenant API
     */
    public TenantSettings tenant() {
        return tenant;
    }

    /**
     * The tenant's CRM users.
     *
     * @return the user API
     */
    public UserAdministration users() {
        return users;
    }

    /**
     * The tenant's catalogs.
     *
     * @return the catalog API
     */
    public Catalogs catalogs() {
        return catalogs;
    }
}
