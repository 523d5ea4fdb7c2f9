package dev.crmkit.spi;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Objects;

/**
 * The values of the open cards of one group, in one currency (an aggregate an adapter computes).
 *
 * @param group what the cards share
 * @param currency the values' currency
 * @param amount the sum of the values
 * @param cards how many cards
 */
public record CardValueSum(CardValueGroup group, Currency currency, BigDecimal amount, long cards) {

    /** Checks the parts. */
    public CardValueSum {
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(amount, "amount");
    }
}
