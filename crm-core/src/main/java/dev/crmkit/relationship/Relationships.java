package dev.crmkit.relationship;

import dev.crmkit.common.AccountId;
import dev.crmkit.common.RelationshipId;
import java.util.List;

/**
 * Relationships between accounts in the actor's scope.
 *
 * <p>Refused: relating an account with itself, the same relationship twice (for a symmetric type — same name
 * both ways — also the same pair reversed), and a relationship that would close a cycle in a hierarchical type
 * ({@code RuleViolationException} with codes {@code rule.relationship.self}, {@code rule.relationship.duplicate},
 * {@code rule.relationship.cycle}).
 */
public interface Relationships {

    /**
     * Relates two accounts.
     *
     * @param command the accounts, the type and the reason
     * @return the stored relationship
     */
    Relationship create(CreateRelationship command);

    /**
     * Removes a relationship.
     *
     * @param relationshipId the relationship
     */
    void remove(RelationshipId relationshipId);

    /**
     * The relationships of an account, both ways, whose other account is in the actor's scope; outgoing first,
     * then by label and the other account's name.
     *
     * @param accountId the account
     * @return the relationships as seen from the account
     */
    List<RelatedAccount> of(AccountId accountId);
}
