package dev.crmkit.revenue;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Objects;

/**
 * The open cards of one forecast line in one currency.
 *
 * @param currency the currency
 * @param weighted the sum of each card's value times its stage's win probability, at the currency's scale
 * @param open the sum of the cards' values, unweighted
 * @param cards how many cards
 */
public record ForecastAmount(Currency currency, BigDecimal weighted, BigDecimal open, long cards) {

    /** Checks the parts. */
    public ForecastAmount {
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(weighted, "weighted");
        Objects.requireNonNull(open, "open");
    }
}
