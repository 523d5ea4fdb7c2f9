package dev.crmkit.spi;

import dev.crmkit.common.CatalogEntryId;
import dev.crmkit.common.ProductId;
import dev.crmkit.common.ProductPriceId;
import dev.crmkit.product.PriceListTerms;
import dev.crmkit.product.ProductPrice;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The currencies and prices of a unit of work's tenant's price lists. A price list's name is its catalog entry's;
 * its terms exist once its currency was set. Every change to a list's prices goes with an update of its terms, so
 * two concurrent changes to one list conflict.
 */
public interface PriceListRepository {

    /**
     * @param id the price list's catalog entry
     * @return its terms, if its currency was ever set
     */
    Optional<PriceListTerms> findById(CatalogEntryId id);

    /**
     * @param terms new terms at {@code Version.UNSAVED}
     * @return the terms at {@code Version.FIRST}
     */
    PriceListTerms insert(PriceListTerms terms);

    /**
     * @param terms the terms, at the version they were loaded with
     * @return the terms at the next version
     */
    PriceListTerms update(PriceListTerms terms);

    /**
     * Deletes a list's terms and every price of it (its catalog entry is being deleted).
     *
     * @param id the price list
     */
    void delete(CatalogEntryId id);

    /**
     * @param id the price list
     * @return its prices, in no particular order
     */
    List<ProductPrice> prices(CatalogEntryId id);

    /**
     * @param id the price list
     * @param productId a product
     * @return the product's prices in the list, in no particular order
     */
    List<ProductPrice> pricesOf(CatalogEntryId id, ProductId productId);

    /**
     * The prices of some products in a list at once. The default asks {@link #pricesOf(CatalogEntryId, ProductId)}
     * once per product; a database adapter answers with one statement.
     *
     * @param id the price list
     * @param productIds the products
     * @return their prices in the list, in no particular order
     */
    default List<ProductPrice> pricesOf(CatalogEntryId id, Collection<ProductId> productIds) {
        return productIds.stream().distinct().flatMap(p -> pricesOf(id, p).stream()).toList();
    }

    /**
     * @param id the price list
     * @return whether it holds any price
     */
    boolean hasPrices(CatalogEntryId id);

    /**
     * @param id the price list
     * @param price a new price
     */
    void insertPrice(CatalogEntryId id, ProductPrice price);

    /**
     * Replaces a price (its last day changed).
     *
     * @param id the price list
     * @param price the price
     */
    void updatePrice(CatalogEntryId id, ProductPrice price);

    /**
     * @param id the price list
     * @param priceId the price
     */
    void deletePrice(CatalogEntryId id, ProductPriceId priceId);
}
