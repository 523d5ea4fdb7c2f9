package dev.crmkit.campaign;

import dev.crmkit.common.CatalogEntryId;
import dev.crmkit.common.QuoteId;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Map;

/**
 * The quotes an offer carries: one per category of clients (the account's customer type), made beforehand through
 * {@code Quotes}. Each member's message names the quote of its account's category; a member whose category has no
 * quote is skipped ({@link SkipReason#NO_OFFER}), unless a quote for every other category is given.
 *
 * @param byCustomerType the quote of each customer type
 * @param otherwise the quote of the accounts of any other category (or none), or {@code null} to skip them
 */
public record OfferQuotes(@NotNull @Size(max = 100) Map<@NotNull CatalogEntryId, @NotNull QuoteId> byCustomerType,
        QuoteId otherwise) {

    /** Copies the map. */
    public OfferQuotes {
        byCustomerType = byCustomerType == null ? null : Map.copyOf(byCustomerType);
    }

    /**
     * One quote for every member.
     *
     * @param quoteId the quote
     * @return the offer's quotes
     */
    public static OfferQuotes same(QuoteId quoteId) {
        return new OfferQuotes(Map.of(), quoteId);
    }

    /**
     * @param customerTypeId an account's customer type, or {@code null}
     * @return the quote for it, or {@code null} when there is none
     */
    public QuoteId quoteFor(CatalogEntryId customerTypeId) {
        QuoteId quote = customerTypeId == null ? null : byCustomerType.get(customerTypeId);
        return quote != null ? quote : otherwise;
    }
}
