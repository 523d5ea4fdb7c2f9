package dev.crmkit.account;

import dev.crmkit.common.AccountId;
import dev.crmkit.common.CatalogEntryId;
import jakarta.validation.constraints.NotNull;

/**
 * Clears an account's mark for an area (nothing happens when it has none).
 *
 * @param accountId the account
 * @param areaId the interest area
 */
public record ClearInterest(@NotNull AccountId accountId, @NotNull CatalogEntryId areaId) {}
