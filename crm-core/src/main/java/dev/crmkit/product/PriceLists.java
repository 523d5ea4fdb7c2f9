package dev.crmkit.product;

import dev.crmkit.common.AccountId;
import dev.crmkit.common.CatalogEntryId;
import dev.crmkit.common.ProductId;
import dev.crmkit.common.ProductPriceId;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The tenant's price lists: each names a currency and holds a price per product for a span of days. An account's
 * price list (its customer properties) gives its default prices. Every user reads them; only an administrator
 * changes them. A price list is also a {@code PRICE_LIST} catalog entry: renamed, deactivated and deleted through the
 * catalogs (deleting it takes its prices with it, and is refused while accounts refer to it).
 */
public interface PriceLists {

    /**
     * Creates a price list: its catalog entry and its currency.
     *
     * @param command the name and currency
     * @return the price list
     */
    PriceList create(CreatePriceList command);

    /**
     * Sets a price list's currency while it holds no price.
     *
     * @param command the price list, its currency and the version the caller last saw
     * @return the price list
     */
    PriceList setCurrency(SetPriceListCurrency command);

    /**
     * Sets a product's price in a list from a day on. A price of the product with no end that started before that
     * day ends the day before; another price whose days overlap the new one's is refused, naming
     * {@code validity}.
     *
     * @param command the list, product, amount and days
     * @return the new price
     */
    ProductPrice setPrice(SetProductPrice command);

    /**
     * Removes a price from a list.
     *
     * @param priceListId the price list
     * @param priceId the price
     */
    void removePrice(CatalogEntryId priceListId, ProductPriceId priceId);

    /**
     * One price list.
     *
     * @param priceListId the price list's catalog entry
     * @return the price list
     */
    PriceList get(CatalogEntryId priceListId);

    /**
     * The prices of a list, by product code then first day.
     *
     * @param priceListId the price list
     * @return the prices
     */
    List<ProductPrice> prices(CatalogEntryId priceListId);

    /**
     * An account's default price of a product on a day: the price, holding that day, in the account's price list.
     *
     * @param accountId an account in the actor's scope
     * @param productId the product
     * @param day the day
     * @return the price, or empty when the account has no price list or its list has no price of the product that
     *     day
     */
    Optional<ProductPrice> defaultPrice(AccountId accountId, ProductId productId, LocalDate day);
}
