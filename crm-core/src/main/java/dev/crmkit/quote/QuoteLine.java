package dev.crmkit.quote;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;

/**
 * A line of a quote revision, as stored: its item, quantity, unit price and discount. Its total, at the currency's
 * scale, is in the revision's {@link QuoteTotals}.
 *
 * @param item the product or free text
 * @param quantity the quantity
 * @param unitPrice the unit price in the quote's currency, at its scale
 * @param discountPercent the line's discount, in percent (0 for none)
 */
public record QuoteLine(QuoteItem item, BigDecimal quantity, BigDecimal unitPrice, BigDecimal discountPercent) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** Checks every part is present. */
    public QuoteLine {
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(unitPrice, "unitPrice");
        Objects.requireNonNull(discountPercent, "discountPercent");
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
}
