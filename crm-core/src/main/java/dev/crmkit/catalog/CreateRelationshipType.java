package dev.crmkit.catalog;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Creates a relationship type (administrators only).
 *
 * @param name the name seen from the account that holds the relationship ("parent of")
 * @param inverseName the name seen from the other account ("subsidiary of"; the same for a symmetric type)
 * @param hierarchical whether relationships of this type form a hierarchy, where no cycle is allowed
 */
public record CreateRelationshipType(
        @NotBlank @Size(max = CatalogEntry.MAX_NAME_LENGTH) String name,
        @NotBlank @Size(max = CatalogDetails.MAX_NAME_LENGTH) String inverseName,
        boolean hierarchical) {}
