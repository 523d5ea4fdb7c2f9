package dev.crmkit.event;

import dev.crmkit.common.CatalogEntryId;
import dev.crmkit.common.ProductId;
import dev.crmkit.common.ProductPriceId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;

/** Events of a price list's currency and prices (its name's are those of its catalog entry). */
public sealed interface PriceListEvent extends DomainEvent {

    /** @return the price list */
    CatalogEntryId priceListId();

    @Override
    default AggregateRef aggregate() {
        return new AggregateRef("price-list", priceListId().toString());
    }

    /**
     * A price list's currency was set (on creation, or later for a list that had none or no prices).
     *
     * @param meta the metadata
     * @param priceListId the price list
     * @param currency the currency
     */
    record PriceListCurrencySet(EventMeta meta, CatalogEntryId priceListId, Currency currency) implements PriceListEvent {}

    /**
     * A product's price was set in a price list.
     *
     * @param meta the metadata
     * @param priceListId the price list
     * @param priceId the price
     * @param productId the product
     * @param amount the unit price, in the list's currency
     * @param from the first day it holds
     * @param until the last day it holds, or {@code null}
     */
    record ProductPriceSet(EventMeta meta, CatalogEntryId priceListId, ProductPriceId priceId, ProductId productId,
            BigDecimal amount, LocalDate from, LocalDate until) implements PriceListEvent {}

    /**
     * A price's last day changed: a newer price with no end took over from a day on.
     *
     * @param meta the metadata
     * @param priceListId the price list
     * @param priceId the price
     * @param productId the product
     * @param until its last day now
     */
    record ProductPriceEnded(EventMeta meta, CatalogEntryId priceListId, ProductPriceId priceId, ProductId productId,
            LocalDate until) implements PriceListEvent {}

    /**
     * A price was removed from a price list.
     *
     * @param meta the metadata
     * @param priceListId the price list
     * @param priceId the price
     * @param productId the product
     */
    record ProductPriceRemoved(EventMeta meta, CatalogEntryId priceListId, ProductPriceId priceId, ProductId productId)
            implements PriceListEvent {}
}
