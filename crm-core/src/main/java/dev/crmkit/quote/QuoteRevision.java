package dev.crmkit.quote;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One revision of a quote: what was offered, until when, with what discount of the quote's own, for how much, and
 * whether its manual discounts wait for an administrator. A quote's first revision is 1; editing a sent quote makes
 * the next one, and the earlier ones stay readable.
 *
 * @param number the revision's number, from 1
 * @param validUntil the last day the offer holds
 * @param lines the lines
 * @param discountPercent the quote's own discount on its subtotal, in percent (0 for none)
 * @param totals the money
 * @param approval where its manual discounts stand, or {@code null} when none is above its author's limit
 */
public record QuoteRevision(int number, LocalDate validUntil, List<QuoteLine> lines, BigDecimal discountPercent,
        QuoteTotals totals, QuoteApproval approval) {

    /** The most revisions a quote has. */
    public static final int MOST = 10_000;

    /** Copies the lines and checks the parts are present; a missing discount is none. */
    public QuoteRevision {
        Objects.requireNonNull(validUntil, "validUntil");
        lines = List.copyOf(lines);
        discountPercent = discountPercent == null ? BigDecimal.ZERO : discountPercent;
        Objects.requireNonNull(totals, "totals");
    }

    /**
     * A revision with no discount of the quote's own and nothing waiting for approval.
     *
     * @param number the revision's number
     * @param validUntil the last day the offer holds
     * @param lines the lines
     * @param totals the money
     */
    public QuoteRevision(int number, LocalDate validUntil, List<QuoteLine> lines, QuoteTotals totals) {
        this(number, validUntil, lines, null, totals, null);
    }

    /**
     * Starts a revision from its number, validity, lines and money.
     *
     * @param number the revision's number
     * @param validUntil the last day the offer holds
     * @param lines the lines
     * @param totals the money
     * @return a builder
     */
    public static Builder builder(int number, LocalDate validUntil, List<QuoteLine> lines, QuoteTotals totals) {
        return new Builder(number, validUntil, lines, totals);
    }

    /**
     * Whether the revision's discounts keep it from being sent: waiting for approval, or rejected.
     *
     * @return {@code true} while an approval is needed and not given
     */
    public boolean awaitsApproval() {
        return approval != null && !approval.approved();
    }

    /** This revision with another approval. */
    QuoteRevision withApproval(QuoteApproval value) {
        return new QuoteRevision(number, validUntil, lines, discountPercent, totals, value);
    }

    /** Builds a {@link QuoteRevision}, one named step per part. */
    public static final class Builder {

        private final int number;
        private final LocalDate validUntil;
        private final List<QuoteLine> lines;
        private final QuoteTotals totals;
        private BigDecimal discountPercent;
        private QuoteApproval approval;

        private Builder(int number, LocalDate validUntil, List<QuoteLine> lines, QuoteTotals totals) {
            this.number = number;
            this.validUntil = validUntil;
            this.lines = lines;
            this.totals = totals;
        }

        /**
         * @param value the quote's own discount in percent
         * @return this builder
         */
        public Builder discountPercent(BigDecimal value) {
            this.discountPercent = value;
            return this;
        }

        /**
         * @param value where its manual discounts stand
         * @return this builder
         */
        public Builder approval(QuoteApproval value) {
            this.approval = value;
            return this;
        }

        /** @return the revision */
        public QuoteRevision build() {
            return new QuoteRevision(number, validUntil, lines, discountPercent, totals, approval);
        }
    }
}
