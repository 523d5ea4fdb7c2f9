package dev.crmkit.relationship;

import dev.crmkit.common.AccountId;
import dev.crmkit.common.CatalogEntryId;
import dev.crmkit.common.RelationshipId;
import java.time.Instant;

/**
 * A relationship seen from one of its accounts.
 *
 * @param relationshipId the relationship
 * @param direction which side the viewing account is on
 * @param typeId the relationship type
 * @param label the type's name ({@link RelationshipDirection#OUTGOING}) or inverse name (incoming)
 * @param otherAccountId the account on the other side
 * @param otherAccountName the other account's legal name
 * @param reason the reason, or {@code null}
 * @param createdAt when the relationship was created
 */
public record RelatedAccount(
        RelationshipId relationshipId,
        RelationshipDirection direction,
        CatalogEntryId typeId,
        String label,
        AccountId otherAccountId,
        String otherAccountName,
        String reason,
        Instant createdAt) {}
