package dev.crmkit.account;

import dev.crmkit.common.CatalogEntryId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Accounts whose value for a characteristic type equals a value (compared by {@link CharacteristicValue#key()}).
 *
 * @param characteristicTypeId the characteristic type
 * @param value the value as text, parsed by the type
 */
public record CharacteristicFilter(
        @NotNull CatalogEntryId characteristicTypeId, @NotBlank @Size(max = CharacteristicValue.MAX_TEXT) String value) {}
