package dev.crmkit.quote;

import dev.crmkit.common.QuoteId;
import dev.crmkit.common.Version;
import jakarta.validation.constraints.NotNull;

/**
 * Moves a quote to another status ({@link QuoteStatus#next()} tells which are allowed).
 *
 * @param quoteId the quote
 * @param expectedVersion the version the caller last saw
 * @param status the status wanted
 */
public record ChangeQuoteStatus(@NotNull QuoteId quoteId, @NotNull Version expectedVersion, @NotNull QuoteStatus status) {

    /**
     * The move of a quote as it was read.
     *
     * @param quote the quote
     * @param status the status wanted
     * @return the command, at the quote's version
     */
    public static ChangeQuoteStatus of(Quote quote, QuoteStatus status) {
        return new ChangeQuoteStatus(quote.id(), quote.version(), status);
    }
}
