package dev.crmkit.quote;

import java.math.BigDecimal;
import java.util.List;

/**
 * A revision's money, at the currency's scale: each line's rounded total, their sum, the quote's own discount, the
 * taxes and the total. The total is always the subtotal, less the discount, plus the taxes, to the last cent.
 *
 * @param lineTotals each line's total, in the order of the lines
 * @param subtotal the sum of the line totals
 * @param discount the quote's own discount: its percentage of the subtotal, rounded half-even to the currency's scale
 *     (zero for none)
 * @param taxes the taxes (none for an account that is not taxable, or when the host computes none)
 * @param total the subtotal less the discount, plus the taxes
 */
public record QuoteTotals(List<BigDecimal> lineTotals, BigDecimal subtotal, BigDecimal discount, List<QuoteTax> taxes,
        BigDecimal total) {

    /** Copies the lists; a missing discount (a revision stored before quotes had one) is zero at the subtotal's scale. */
    public QuoteTotals {
        lineTotals = List.copyOf(lineTotals);
        taxes = List.copyOf(taxes);
        discount = discount != null ? discount : subtotal == null ? BigDecimal.ZERO : BigDecimal.ZERO.setScale(subtotal.scale());
    }

    /**
     * Totals with no discount of the quote's own.
     *
     * @param lineTotals each line's total
     * @param subtotal their sum
     * @param taxes the taxes
     * @param total the subtotal plus the taxes
     */
    public QuoteTotals(List<BigDecimal> lineTotals, BigDecimal subtotal, List<QuoteTax> taxes, BigDecimal total) {
        this(lineTotals, subtotal, null, taxes, total);
    }

    /**
     * Starts totals from the lines' totals and their sum, with no discount, no tax, and the subtotal as total.
     *
     * @param lineTotals each line's total
     * @param subtotal their sum
     * @return a builder
     */
    public static Builder builder(List<BigDecimal> lineTotals, BigDecimal subtotal) {
        return new Builder(lineTotals, subtotal);
    }

    /**
     * The sum of the taxes.
     *
     * @return the tax
     */
    public BigDecimal tax() {
        return total.subtract(subtotal).add(discount);
    }

    /** Builds {@link QuoteTotals}, one named step per part. */
    public static final class Builder {

        private final List<BigDecimal> lineTotals;
        private final BigDecimal subtotal;
        private BigDecimal discount;
        private List<QuoteTax> taxes = List.of();
        private BigDecimal total;

        private Builder(List<BigDecimal> lineTotals, BigDecimal subtotal) {
            this.lineTotals = lineTotals;
            this.subtotal = subtotal;
            this.total = subtotal;
        }

        /**
         * @param value the quote's own discount, an amount
         * @return this builder
         */
        public Builder discount(BigDecimal value) {
            this.discount = value;
            return this;
        }

        /**
         * @param value the taxes
         * @return this builder
         */
        public Builder taxes(List<QuoteTax> value) {
            this.taxes = value;
            return this;
        }

        /**
         * @param value the total
         * @return this builder
         */
        public Builder total(BigDecimal value) {
            this.total = value;
            return this;
        }

        /** @return the totals */
        public QuoteTotals build() {
            return new QuoteTotals(lineTotals, subtotal, discount, taxes, total);
        }
    }
}
