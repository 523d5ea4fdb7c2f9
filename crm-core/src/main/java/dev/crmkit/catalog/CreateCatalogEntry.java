package dev.crmkit.catalog;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Creates a plain catalog entry: a team, an interest area, an agenda entry type, a customer type, a
 * priority, an economic activity or a price list (administrators only). Characteristic and relationship
 * types have commands of their own.
 *
 * @param kind the kind, of {@link CatalogKind.Shape#PLAIN} shape
 * @param name the name, unique within the kind case-insensitively
 */
public record CreateCatalogEntry(@NotNull CatalogKind kind, @NotBlank @Size(max = CatalogEntry.MAX_NAME_LENGTH) String name) {}
