package dev.crmkit.testkit;

import dev.crmkit.Actor;
import dev.crmkit.Crm;
import dev.crmkit.CrmSession;
import dev.crmkit.access.AccessScope;
import dev.crmkit.access.CrmUser;
import dev.crmkit.catalog.CatalogEntry;
import dev.crmkit.catalog.CatalogKind;
import dev.crmkit.catalog.CreateCatalogEntry;
import dev.crmkit.common.CatalogEntryId;
import dev.crmkit.common.TenantId;
import dev.crmkit.common.UserId;
import java.util.Locale;

/**
 * A tenant a test created for itself, with its first administrator {@code "admin"}.
 *
 * @param crm the entry point the tenant was created with
 * @param id the tenant's unique id
 * @param adminId the administrator's id
 */
public record TestTenant(Crm crm, TenantId id, UserId adminId) {

    /** @return the API acting for the administrator, in the tenant's default locale */
    public CrmSession admin() {
        return crm.as(Actor.of(id, adminId));
    }

    /**
     * The API acting for a user of this tenant.
     *
     * @param userId the user
     * @return the API
     */
    public CrmSession as(UserId userId) {
        return crm.as(Actor.of(id, userId));
    }

    /**
     * The API acting for a user of this tenant, in a locale.
     *
     * @param userId the user
     * @param locale the locale
     * @return the API
     */
    public CrmSession as(UserId userId, Locale locale) {
        return crm.as(new Actor(id, userId, locale));
    }

    /**
     * Registers a user (as the administrator).
     *
     * @param user the builder of the user
     * @return the stored user
     */
    public CrmUser addUser(UserTestData user) {
        return admin().users().create(user.build());
    }

    /**
     * Registers a user with a scope and no team (as the administrator).
     *
     * @param userId the user's id
     * @param scope the scope
     * @return the stored user
     */
    public CrmUser addUser(String userId, AccessScope scope) {
        return addUser(UserTestData.aUser().withId(userId).withScope(scope));
    }

    /**
     * Creates a team (as the administrator).
     *
     * @param name the team's name
     * @return the team's id
     */
    public CatalogEntryId addTeam(String name) {
        return addEntry(CatalogKind.TEAM, name).id();
    }

    /**
     * Creates a plain catalog entry (as the administrator).
     *
     * @param kind a kind of plain shape
     * @param name the name
     * @return the stored entry
     */
    public CatalogEntry addEntry(CatalogKind kind, String name) {
        return admin().catalogs().create(new CreateCatalogEntry(kind, name));
    }
}
