package dev.crmkit.revenue;

import dev.crmkit.common.UserId;
import java.time.YearMonth;
import java.util.Objects;

/**
 * A line of a forecast: a salesperson's open cards expected to close in a month, in one currency.
 *
 * @param salespersonId the salesperson, or {@code null} for cards without one
 * @param salespersonName the salesperson's name now, or {@code null} for cards without one
 * @param closeMonth the month of the cards' expected close date, or {@code null} for cards without one
 * @param amount the cards' weighted and open values
 */
public record ForecastLine(UserId salespersonId, String salespersonName, YearMonth closeMonth, ForecastAmount amount) {

    /** Checks the amount is present. */
    public ForecastLine {
        Objects.requireNonNull(amount, "amount");
    }
}
