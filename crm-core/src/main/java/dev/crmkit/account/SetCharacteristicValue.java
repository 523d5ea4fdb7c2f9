package dev.crmkit.account;

import dev.crmkit.common.AccountId;
import dev.crmkit.common.CatalogEntryId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Sets an account's value for a characteristic type, checked against the type ({@link CharacteristicValue#parse}).
 *
 * @param accountId the account
 * @param characteristicTypeId an active {@code CHARACTERISTIC_TYPE} entry
 * @param value the value as text
 */
public record SetCharacteristicValue(
        @NotNull AccountId accountId,
        @NotNull CatalogEntryId characteristicTypeId,
        @NotBlank @Size(max = CharacteristicValue.MAX_TEXT) String value) {}
