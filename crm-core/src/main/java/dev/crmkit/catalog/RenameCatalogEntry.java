package dev.crmkit.catalog;

import dev.crmkit.common.CatalogEntryId;
import dev.crmkit.common.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Renames a catalog entry (administrators only). References keep pointing at the entry, so they follow
 * the new name.
 *
 * @param entryId the entry
 * @param name the new name, unique within the kind case-insensitively
 * @param inverseName the new inverse name of a relationship type; must be {@code null} for other kinds
 * @param expectedVersion the version the caller last saw
 */
public record RenameCatalogEntry(
        @NotNull CatalogEntryId entryId,
        @NotBlank @Size(max = CatalogEntry.MAX_NAME_LENGTH) String name,
        @Size(max = CatalogDetails.MAX_NAME_LENGTH) String inverseName,
        @NotNull Version expectedVersion) {}
