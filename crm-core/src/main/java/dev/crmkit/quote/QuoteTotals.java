package dev.crmkit.quote;

import java.math.BigDecimal;
import java.util.List;

/**
 * A revision's money, at the currency's scale: each line's rounded total, their sum, the taxes and the total.
 *
 * @param lineTotals each line's total, in the order of the lines
 * @param subtotal the sum of the line totals
 * @param taxes the taxes (none for an account that is not taxable, or when the host computes none)
 * @param total the subtotal plus the taxes
 */
public record QuoteTotals(List<BigDecimal> lineTotals, BigDecimal subtotal, List<QuoteTax> taxes, BigDecimal total) {

    /** Copies the lists. */
    public QuoteTotals {
        lineTotals = List.copyOf(lineTotals);
        taxes = List.copyOf(taxes);
    }

    /**
     * The sum of the taxes.
     *
     * @return the tax
     */
    public BigDecimal tax() {
        return total.subtract(subtotal);
    }
}
