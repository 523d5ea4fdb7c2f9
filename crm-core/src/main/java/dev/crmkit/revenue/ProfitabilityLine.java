package dev.crmkit.revenue;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Objects;

/**
 * A prospect's expected value in one currency set against the effort spent on it.
 *
 * @param currency the currency
 * @param weightedValue its open cards' values, each times its stage's win probability
 * @param perInteraction the weighted value divided by the interactions, or {@code null} when there were none
 * @param perDay the weighted value divided by the days in the pipeline, or {@code null} when there were none
 */
public record ProfitabilityLine(Currency currency, BigDecimal weightedValue, BigDecimal perInteraction, BigDecimal perDay) {

    /** Checks the parts. */
    public ProfitabilityLine {
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(weightedValue, "weightedValue");
    }
}
