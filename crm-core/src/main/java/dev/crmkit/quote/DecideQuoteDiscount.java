package dev.crmkit.quote;

import dev.crmkit.common.QuoteId;
import dev.crmkit.common.Version;
import jakarta.validation.constraints.NotNull;

/**
 * An administrator's decision on a quote's manual discounts that wait for approval.
 *
 * @param quoteId the quote
 * @param expectedVersion the version the caller last saw
 */
public record DecideQuoteDiscount(@NotNull QuoteId quoteId, @NotNull Version expectedVersion) {

    /**
     * The decision on a quote as it was read.
     *
     * @param quote the quote
     * @return the command, at the quote's version
     */
    public static DecideQuoteDiscount of(Quote quote) {
        return new DecideQuoteDiscount(quote.id(), quote.version());
    }
}
