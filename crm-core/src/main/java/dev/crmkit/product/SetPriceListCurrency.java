package dev.crmkit.product;

import dev.crmkit.common.CatalogEntryId;
import dev.crmkit.common.Version;
import jakarta.validation.constraints.NotNull;
import java.util.Currency;

/**
 * Sets the currency of a price list that holds no price yet.
 *
 * @param priceListId the price list
 * @param currency the currency
 * @param expectedVersion the version of the list the caller last saw ({@link Version#UNSAVED} for a list whose
 *     currency was never set)
 */
public record SetPriceListCurrency(@NotNull CatalogEntryId priceListId, @NotNull Currency currency, @NotNull Version expectedVersion) {}
