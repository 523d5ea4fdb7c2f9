package dev.crmkit.campaign;

import dev.crmkit.quote.CreateQuote;
import dev.crmkit.quote.QuoteLineInput;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.List;

/**
 * The quote an offer makes for each of its members when it is launched: the same lines, priced for each member's
 * account as {@code Quotes.create} prices a quote of that account (its price list's prices and currency, the discount
 * policies that apply to it, its taxes), numbered in the tenant's count, addressed to the member's contact if the
 * member is one. Start with {@link #of(QuoteLineInput...)}.
 *
 * @param lines the lines, at most 500, as a {@link CreateQuote} takes them (a product line may leave its price to
 *     each account's price list)
 * @param currency the quotes' currency, or {@code null} for each account's price list's
 * @param validDays how many days from the launch day each quote holds, from 1 to 3650, or {@code null} for
 *     {@value CreateQuote#DEFAULT_VALID_DAYS}
 * @param note the offer's words for its messages, at most 2000 characters, or {@code null}; it stays with the
 *     campaign's offer, which the host's sender receives with each message ({@code CampaignMessage.campaign()})
 */
public record QuotePerMember(
        @NotEmpty @Size(max = 500) List<@NotNull @Valid QuoteLineInput> lines,
        Currency currency,
        @Min(1) @Max(3650) Integer validDays,
        @Size(max = 2000) String note) {

    /** Copies the lines, keeping a null line for validation to name. */
    public QuotePerMember {
        lines = lines == null ? null : Collections.unmodifiableList(new ArrayList<>(lines));
    }

    /**
     * The quote of some lines, in each account's price-list currency, valid {@value CreateQuote#DEFAULT_VALID_DAYS}
     * days, without a note.
     *
     * @param lines the lines
     * @return the quote per member
     */
    public static QuotePerMember of(QuoteLineInput... lines) {
        return new QuotePerMember(lines == null ? null : java.util.Arrays.asList(lines), null, null, null);
    }

    /**
     * @param value the quotes' currency, or {@code null} for each price list's
     * @return this quote in it
     */
    public QuotePerMember inCurrency(Currency value) {
        return new QuotePerMember(lines, value, validDays, note);
    }

    /**
     * @param days how many days from the launch day each quote holds
     * @return this quote valid so long
     */
    public QuotePerMember validFor(Integer days) {
        return new QuotePerMember(lines, currency, days, note);
    }

    /**
     * @param value the offer's words for its messages
     * @return this quote with them
     */
    public QuotePerMember withNote(String value) {
        return new QuotePerMember(lines, currency, validDays, value);
    }

    /** @return how many days each quote holds */
    public int days() {
        return validDays == null ? CreateQuote.DEFAULT_VALID_DAYS : validDays;
    }
}
