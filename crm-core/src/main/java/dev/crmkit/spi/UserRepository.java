package dev.crmkit.spi;

import dev.crmkit.access.CrmUser;
import dev.crmkit.common.CatalogEntryId;
import dev.crmkit.common.UserId;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The CRM users of a unit of work's tenant. */
public interface UserRepository {

    /**
     * One user.
     *
     * @param id the user's id
     * @return the user, if the tenant has it
     */
    Optional<CrmUser> findById(UserId id);

    /**
     * Several users; ids the tenant does not have are skipped.
     *
     * @param ids the users' ids
     * @return the users found, in no particular order
     */
    List<CrmUser> findByIds(Collection<UserId> ids);

    /**
     * Every user of the tenant.
     *
     * @return the users, in no particular order
     */
    List<CrmUser> findAll();

    /**
     * Whether some user (active or not) belongs to a team.
     *
     * @param teamId the team
     * @return {@code true} when a user references the team
     */
    boolean existsInTeam(CatalogEntryId teamId);

    /**
     * How many active administrators the tenant has.
     *
     * @return the count
     */
    long countActiveAdmins();

    /**
     * Stores a new user.
     *
     * @param user the user at {@code Version.UNSAVED}
     * @return the user at {@code Version.FIRST}
     */
    CrmUser insert(CrmUser user);

    /**
     * Stores a changed user.
     *
     * @param user the user, at the version it was loaded with
     * @return the user at the next version
     */
    CrmUser update(CrmUser user);
}
