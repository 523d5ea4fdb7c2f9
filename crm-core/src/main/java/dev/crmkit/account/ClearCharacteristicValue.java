package dev.crmkit.account;

import dev.crmkit.common.AccountId;
import dev.crmkit.common.CatalogEntryId;
import jakarta.validation.constraints.NotNull;

/**
 * Clears an account's value for a characteristic type (nothing happens when it has none).
 *
 * @param accountId the account
 * @param characteristicTypeId the characteristic type
 */
public record ClearCharacteristicValue(@NotNull AccountId accountId, @NotNull CatalogEntryId characteristicTypeId) {}
