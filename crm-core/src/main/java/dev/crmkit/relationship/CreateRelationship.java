package dev.crmkit.relationship;

import dev.crmkit.common.AccountId;
import dev.crmkit.common.CatalogEntryId;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Relates two accounts, both in the actor's scope.
 *
 * @param fromAccountId the account that holds the relationship (the "parent" in "parent of")
 * @param toAccountId the related account
 * @param typeId a {@code RELATIONSHIP_TYPE} catalog entry
 * @param reason why they are related, or {@code null}
 */
public record CreateRelationship(
        @NotNull AccountId fromAccountId,
        @NotNull AccountId toAccountId,
        @NotNull CatalogEntryId typeId,
        @Size(max = 500) String reason) {}
