package dev.crmkit.quote;

import dev.crmkit.common.QuoteId;
import dev.crmkit.common.Version;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
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
 * @param discountPercent the quote's own discount on its subtotal, in percent from 0 to 100, or {@code null} for none
 */
public record UpdateQuote(
        @NotNull QuoteId quoteId,
        @NotNull Version expectedVersion,
        @NotNull LocalDate validUntil,
        @NotEmpty @Size(max = 500) List<@NotNull @Valid QuoteLineInput> lines,
        @PositiveOrZero @DecimalMax("100") @Digits(integer = 3, fraction = 2) BigDecimal discountPercent) {

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
                quote.revision().lines().stream().map(QuoteLineInput::of).toList(), quote.revision().discountPercent());
    }

    /**
     * A builder starting from a quote as it was read (as {@link #from(Quote)}), to change some parts.
     *
     * @param quote the quote
     * @return a builder
     */
    public static Builder builder(Quote quote) {
        return new Builder(from(quote));
    }

    /**
     * @param value the quote's own discount in percent, or {@code null} for none
     * @return the command with it
     */
    public UpdateQuote withDiscount(BigDecimal value) {
        return new UpdateQuote(quoteId, expectedVersion, validUntil, lines, value);
    }

    /** Builds an {@link UpdateQuote}, one named step per part. */
    public static final class Builder {

        private UpdateQuote command;

        private Builder(UpdateQuote start) {
            this.command = start;
        }

        /**
         * @param value the last day the offer holds
         * @return this builder
         */
        public Builder validUntil(LocalDate value) {
            command = command.withValidUntil(value);
            return this;
        }

        /**
         * @param value the lines
         * @return this builder
         */
        public Builder lines(List<QuoteLineInput> value) {
            command = command.withLines(value);
            return this;
        }

        /**
         * @param value the quote's own discount in percent, or {@code null} for none
         * @return this builder
         */
        public Builder discount(BigDecimal value) {
            command = command.withDiscount(value);
            return this;
        }

        /** @return the command */
        public UpdateQuote build() {
            return command;
        }
    }

    /**
     * @param value the last day the offer holds
     * @return the command with it
     */
    public UpdateQuote withValidUntil(LocalDate value) {
        return new UpdateQuote(quoteId, expectedVersion, value, lines, discountPercent);
    }

    /**
     * @param value the lines
     * @return the command with them
     */
    public UpdateQuote withLines(List<QuoteLineInput> value) {
        return new UpdateQuote(quoteId, expectedVersion, validUntil, value, discountPercent);
    }
}
