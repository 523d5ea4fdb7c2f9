package dev.crmkit.campaign;

import dev.crmkit.common.CatalogEntryId;
import dev.crmkit.common.QuoteId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Map;

/**
 * The quotes an offer carries, in one of two forms.
 *
 * <ul>
 *   <li><b>One per category of clients</b> (the account's customer type), made beforehand through {@code Quotes}. Each
 *       member's message names the quote of its account's category; a member whose category has no quote is skipped
 *       ({@link SkipReason#NO_OFFER}), unless a quote for every other category is given ({@link #same} gives one
 *       quote to everyone).</li>
 *   <li><b>One per member</b>, made by the launch ({@link #perMember}): in the launch's unit of work, each member
 *       that is not skipped gets a quote of its own for its account (and its contact, for a contact), created,
 *       priced and numbered as {@code Quotes.create} does for that account, with the quotes' own events. A member
 *       whose quote cannot be priced (the offer names no currency and the account has no price list, or a product
 *       line leaves its price to the list and the account's list has none in the currency) is skipped
 *       ({@link SkipReason#NO_PRICE}) rather than failing the launch for the others: the members' list says who
 *       and why, and a quote can still be written for them by hand. A fault of the offer itself (an unknown or
 *       retired product, a free-text line without its description or price, lines out of bounds) refuses the
 *       launch, naming the line ({@code offer.perMember.lines[i]...}).</li>
 * </ul>
 *
 * @param byCustomerType the quote of each customer type (empty for a quote per member)
 * @param otherwise the quote of the accounts of any other category (or none), or {@code null} to skip them
 * @param perMember the quote made for each member, or {@code null} for quotes made beforehand; with it, the other
 *     two are empty
 */
public record OfferQuotes(@NotNull @Size(max = 100) Map<@NotNull CatalogEntryId, @NotNull QuoteId> byCustomerType,
        QuoteId otherwise, @Valid QuotePerMember perMember) {

    /** Copies the map. */
    public OfferQuotes {
        byCustomerType = byCustomerType == null ? null : Map.copyOf(byCustomerType);
    }

    /**
     * Quotes made beforehand: one per category of clients, and one for the others.
     *
     * @param byCustomerType the quote of each customer type
     * @param otherwise the quote of the accounts of any other category (or none), or {@code null} to skip them
     */
    public OfferQuotes(Map<CatalogEntryId, QuoteId> byCustomerType, QuoteId otherwise) {
        this(byCustomerType, otherwise, null);
    }

    /**
     * A quote of its own for every member, made by the launch.
     *
     * @param quote the lines and terms of each member's quote
     * @return the offer's quotes
     */
    public static OfferQuotes perMember(QuotePerMember quote) {
        return new OfferQuotes(Map.of(), null, quote);
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
     * @return the quote made beforehand for it, or {@code null} when there is none (always, for an offer making a
     *     quote per member)
     */
    public QuoteId quoteFor(CatalogEntryId customerTypeId) {
        QuoteId quote = customerTypeId == null ? null : byCustomerType.get(customerTypeId);
        return quote != null ? quote : otherwise;
    }
}
