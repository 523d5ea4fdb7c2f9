package dev.crmkit.internal;

import dev.crmkit.account.Account;
import dev.crmkit.common.CatalogEntryId;
import dev.crmkit.common.ProductId;
import dev.crmkit.product.ProductPrice;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An account's default prices: the prices, holding on a day, in the account's price list. The price lists answer
 * one product; quotes ask for all their lines' products with one read.
 */
public final class Prices {

    private Prices() {}

    /** The account's price of a product on a day, if its list has one. */
    public static Optional<ProductPrice> defaultPrice(Context context, Account account, ProductId productId, LocalDate day) {
        return Optional.ofNullable(defaultPrices(context, account, List.of(productId), day).get(productId));
    }

    /** The account's prices of some products on a day, by product; a product its list has no price of is left out. */
    public static Map<ProductId, ProductPrice> defaultPrices(Context context, Account account,
            Collection<ProductId> productIds, LocalDate day) {
        CatalogEntryId list = account.details().customer().priceListId();
        Map<ProductId, ProductPrice> prices = new HashMap<>();
        if (list == null || productIds.isEmpty()) {
            return prices;
        }
        for (ProductPrice price : context.uow.priceLists().pricesOf(list, productIds)) {
            if (price.validity().holdsOn(day)) {
                prices.put(price.productId(), price);
            }
        }
        return prices;
    }
}
