package dev.crmkit.order;

import dev.crmkit.common.QuoteId;
import dev.crmkit.common.Version;
import dev.crmkit.quote.Quote;
import jakarta.validation.constraints.NotNull;

/**
 * Converts an accepted quote into its orders.
 *
 * @param quoteId the quote
 * @param expectedVersion the version the caller last saw
 */
public record ConvertQuote(@NotNull QuoteId quoteId, @NotNull Version expectedVersion) {

    /**
     * The conversion of a quote as it was read.
     *
     * @param quote the quote
     * @return the command, at the quote's version
     */
    public static ConvertQuote of(Quote quote) {
        return new ConvertQuote(quote.id(), quote.version());
    }
}
