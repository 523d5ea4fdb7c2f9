package dev.crmkit.revenue;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Currency;
import java.util.Objects;

/**
 * The realised revenue of one month in one currency.
 *
 * @param month the month, in the tenant's time zone
 * @param currency the currency
 * @param amount the subtotals of the orders invoiced in the month, at the currency's scale
 */
public record RevenueMonth(YearMonth month, Currency currency, BigDecimal amount) {

    /** Checks the parts. */
    public RevenueMonth {
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(amount, "amount");
    }
}
