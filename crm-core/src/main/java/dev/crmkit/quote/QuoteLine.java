package dev.crmkit.quote;

import dev.crmkit.common.DiscountPolicyId;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;

/**
 * A line of a quote revision, as stored: its item, quantity, unit price and discount, and the discount policy the
 * discount came from when the line gave none of its own. Its total, at the currency's scale, is in the revision's
 * {@link QuoteTotals}.
 *
 * @param item the product or free text
 * @param quantity the quantity
 * @param unitPrice the unit price in the quote's currency, at its scale
 * @param discountPercent the line's discount, in percent (0 for none)
 * @param policyId the discount policy that gave the discount, or {@code null} for a discount of the line's own (or
 *     none)
 */
public record QuoteLine(QuoteItem item, BigDecimal quantity, BigDecimal unitPrice, BigDecimal discountPercent,
        DiscountPolicyId policyId) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** Checks every part but the policy is present. */
    public QuoteLine {
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(unitPrice, "unitPrice");
        Objects.requireNonNull(discountPercent, "discountPercent");
    }

    /**
     * A line with a discount of its own, or none.
     *
     * @param item the product or free text
     * @param quantity the quantity
     * @param unitPrice the unit price
     * @param discountPercent the discount in percent
     */
    public QuoteLine(QuoteItem item, BigDecimal quantity, BigDecimal unitPrice, BigDecimal discountPercent) {
        this(item, quantity, unitPrice, discountPercent, null);
    }

    /**
     * Starts a line from its item, quantity and unit price, with no discount.
     *
     * @param item the product or free text
     * @param quantity the quantity
     * @param unitPrice the unit price
     * @return a builder
     */
    public static Builder builder(QuoteItem item, BigDecimal quantity, BigDecimal unitPrice) {
        return new Builder(item, quantity, unitPrice);
    }

    /**
     * Whether the discount is the line's own (a manual discount), not a policy's.
     *
     * @return {@code true} for a non-zero discount no policy gave
     */
    public boolean manualDiscount() {
        return policyId == null && discountPercent.signum() != 0;
    }

    /**
     * The line's total: quantity times unit price, less the discount, rounded half-even to the currency's scale.
     *
     * @param currency the quote's currency
     * @return the total
     */
    public BigDecimal total(Currency currency) {
        BigDecimal gross = quantity.multiply(unitPrice);
        BigDecimal net = gross.subtract(gross.multiply(discountPercent).divide(HUNDRED));
        return net.setScale(Math.max(0, currency.getDefaultFractionDigits()), RoundingMode.HALF_EVEN);
    }

    /** Builds a {@link QuoteLine}, one named step per part. */
    public static final class Builder {

        private final QuoteItem item;
        private final BigDecimal quantity;
        private final BigDecimal unitPrice;
        private BigDecimal discountPercent = BigDecimal.ZERO;
        private DiscountPolicyId policyId;

        private Builder(QuoteItem item, BigDecimal quantity, BigDecimal unitPrice) {
            this.item = item;
            this.quantity = quantity;
            this.unitPrice = unitPrice;
        }

        /**
         * @param value the line's own discount in percent
         * @return this builder
         */
        public Builder discount(BigDecimal value) {
            this.discountPercent = value;
            this.policyId = null;
            return this;
        }

        /**
         * @param percent the policy's discount in percent
         * @param policy the policy that gave it
         * @return this builder
         */
        public Builder policyDiscount(BigDecimal percent, DiscountPolicyId policy) {
            this.discountPercent = percent;
            this.policyId = policy;
            return this;
        }

        /** @return the line */
        public QuoteLine build() {
            return new QuoteLine(item, quantity, unitPrice, discountPercent, policyId);
        }
    }
}
