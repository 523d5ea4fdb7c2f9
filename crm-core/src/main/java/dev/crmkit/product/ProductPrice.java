package dev.crmkit.product;

import dev.crmkit.common.Money;
import dev.crmkit.common.ProductId;
import dev.crmkit.common.ProductPriceId;
import java.util.Objects;

/**
 * The price of one product in a price list for a span of days.
 *
 * @param id the price's id
 * @param productId the product
 * @param price the unit price, in the list's currency at its scale
 * @param validity the days it holds
 */
public record ProductPrice(ProductPriceId id, ProductId productId, Money price, Validity validity) {

    /** Checks every part is present. */
    public ProductPrice {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(productId, "productId");
        Objects.requireNonNull(price, "price");
        Objects.requireNonNull(validity, "validity");
    }
}
