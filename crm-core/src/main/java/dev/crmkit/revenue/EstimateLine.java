package dev.crmkit.revenue;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Objects;

/**
 * The estimate of a customer's revenue in one currency, by part.
 *
 * @param currency the currency
 * @param runRate the trailing twelve months' revenue divided by 12: the monthly pace
 * @param weightedPipeline the open cards' values, each times its stage's win probability
 * @param openQuotes the open quotes' subtotals less their own discounts
 */
public record EstimateLine(Currency currency, BigDecimal runRate, BigDecimal weightedPipeline, BigDecimal openQuotes) {

    /** Checks the parts. */
    public EstimateLine {
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(runRate, "runRate");
        Objects.requireNonNull(weightedPipeline, "weightedPipeline");
        Objects.requireNonNull(openQuotes, "openQuotes");
    }

    /**
     * The estimate: the run rate, plus the weighted pipeline, plus the open quotes.
     *
     * @return the sum of the parts
     */
    public BigDecimal total() {
        return runRate.add(weightedPipeline).add(openQuotes);
    }
}
