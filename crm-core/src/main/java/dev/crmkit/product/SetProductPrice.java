package dev.crmkit.product;

import dev.crmkit.common.CatalogEntryId;
import dev.crmkit.common.ProductId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;

/**
 * Sets a product's price in a price list from a day on. A price with no end that started before that day ends the
 * day before; any other price of the product whose days overlap is refused.
 *
 * @param priceListId the price list
 * @param productId the product
 * @param amount the unit price in the list's currency, brought to its scale (half-even)
 * @param validity the days the price holds
 */
public record SetProductPrice(
        @NotNull CatalogEntryId priceListId,
        @NotNull ProductId productId,
        @NotNull @PositiveOrZero @Digits(integer = 15, fraction = 4) BigDecimal amount,
        @NotNull @Valid Validity validity) {}
