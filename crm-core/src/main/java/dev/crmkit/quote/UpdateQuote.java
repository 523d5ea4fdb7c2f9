package dev.crmkit.quote;

import dev.crmkit.common.QuoteId;
import dev.crmkit.common.Version;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Replaces a quote's lines and validity. A draft changes in place; a sent quote gets a new revision, a draft
 * again, and its earlier revision stays readable. Start from what was read, {@code UpdateQuote.from(quote)}.
 *
 * @param quoteId the quote
 * @param expectedVersion the version the caller last saw
 * @param validUntil the last day the offer holds
 * @param lines the lines, at most 500
 */
public record UpdateQuote(
        @NotNull QuoteId quoteId,
        @NotNull Version expectedVersion,
        @NotNull LocalDate validUntil,
        @NotEmpty @Size(max = 500) List<@NotNull @Valid QuoteLineInput> lines) {

    /** Copies the lines, keeping a null line for validation to name. */
    public UpdateQuote {
        lines = lines == null ? null : Collections.unmodifiableList(new ArrayList<>(lines));
    }

    /**
     * The edit that changes nothing of a quote as it was read: its lines at their prices, its validity.
     *
     * @param quote the quote
     * @return the command, at the quote's version
     */
    public static UpdateQuote from(Quote quote) {
        return new UpdateQuote(quote.id(), quote.version(), quote.revision().validUntil(),
                quote.revision().lines().stream().map(QuoteLineInput::of).toList());
    }

    /**
     * @param value the last day the offer holds
     * @return the command with it
     */
    public UpdateQuote withValidUntil(LocalDate value) {
        return new UpdateQuote(quoteId, expectedVersion, value, lines);
    }

    /**
     * @param value the lines
     * @return the command with them
     */
    public UpdateQuote withLines(List<QuoteLineInput> value) {
        return new UpdateQuote(quoteId, expectedVersion, validUntil, value);
    }
}
