package dev.crmkit.spi;

import dev.crmkit.common.AccountId;
import dev.crmkit.common.CatalogEntryId;
import dev.crmkit.common.RelationshipId;
import dev.crmkit.relationship.Relationship;
import java.util.List;
import java.util.Optional;

/**
 * The relationships of a unit of work's tenant. The triple (from, to, type) is unique: an insert that would
 * repeat it raises {@code ConflictException.duplicate}.
 */
public interface RelationshipRepository {

    /**
     * @param id the relationship
     * @return the relationship, if the tenant has it
     */
    Optional<Relationship> findById(RelationshipId id);

    /**
     * @param accountId an account
     * @return the relationships it holds or is the target of, in no particular order
     */
    List<Relationship> findByAccount(AccountId accountId);

    /**
     * @param from the holding account
     * @param to the related account
     * @param typeId the type
     * @return whether that exact relationship exists
     */
    boolean exists(AccountId from, AccountId to, CatalogEntryId typeId);

    /**
     * Whether a directed path of relationships of one type leads from one account to another (following
     * {@code from} to {@code to}, any number of steps, at least one).
     *
     * <p>The library asks before it adds a relationship of a hierarchical type, to refuse one that would close a
     * cycle. In a unit of work that may write, a store whose units of work run side by side serializes these
     * writers per type (a database locks the type's catalog row until the commit): two writers that each add one
     * half of a cycle must not both find no path.
     *
     * @param typeId the type
     * @param from the start
     * @param to the end
     * @return {@code true} when such a path exists
     */
    boolean pathExists(CatalogEntryId typeId, AccountId from, AccountId to);

    /**
     * @param typeId a relationship type
     * @return whether some relationship has that type
     */
    boolean existsOfType(CatalogEntryId typeId);

    /**
     * @param relationship a new relationship at {@code Version.UNSAVED}
     * @return the relationship at {@code Version.FIRST}
     */
    Relationship insert(Relationship relationship);

    /**
     * @param relationship the relationship, at the version it was loaded with
     */
    void delete(Relationship relationship);

    /**
     * Deletes every relationship an account holds or is the target of.
     *
     * @param accountId the account
     * @return the deleted relationships
     */
    List<Relationship> deleteByAccount(AccountId accountId);
}
