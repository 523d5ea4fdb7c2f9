package dev.crmkit.access;

import dev.crmkit.common.UserId;
import java.util.List;

/**
 * The tenant's CRM users: any active user reads them (to pick members and responsibles), administrators
 * create and change them.
 */
public interface UserAdministration {

    /**
     * Registers a user (administrators only).
     *
     * @param command the user
     * @return the stored user
     */
    CrmUser create(CreateUser command);

    /**
     * Changes a user (administrators only). The tenant always keeps one active administrator.
     *
     * @param command the user's new state
     * @return the stored user
     */
    CrmUser update(UpdateUser command);

    /**
     * Deactivates a user, who then can do nothing (administrators only; not the last active administrator).
     * Deactivating an inactive user changes nothing.
     *
     * @param userId the user
     * @return the stored user
     */
    CrmUser deactivate(UserId userId);

    /**
     * Activates a user again (administrators only). Activating an active user changes nothing.
     *
     * @param userId the user
     * @return the stored user
     */
    CrmUser activate(UserId userId);

    /**
     * One user.
     *
     * @param userId the user
     * @return the user
     * @throws dev.crmkit.common.NotFoundException when the tenant has no such user
     */
    CrmUser get(UserId userId);

    /**
     * The acting user itself.
     *
     * @return the actor's user
     */
    CrmUser me();

    /**
     * Every user of the tenant, active or not, sorted by display name then id.
     *
     * @return the users
     */
    List<CrmUser> list();
}
