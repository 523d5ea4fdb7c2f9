package dev.crmkit.catalog;

import dev.crmkit.common.CatalogEntryId;
import dev.crmkit.common.Version;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/**
 * Replaces the allowed values of a {@link CharacteristicValueType#CHOICE} characteristic type
 * (administrators only): values can be added, reordered, or removed while no account holds them.
 *
 * @param entryId the characteristic type
 * @param choices the new allowed values, in display order
 * @param expectedVersion the version the caller last saw
 */
public record ChangeCharacteristicChoices(
        @NotNull CatalogEntryId entryId, @NotEmpty List<String> choices, @NotNull Version expectedVersion) {}
