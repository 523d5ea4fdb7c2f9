package dev.crmkit.spi;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Objects;

/**
 * A sum of money in one currency over one period of a list of periods (an aggregate an adapter computes).
 *
 * @param period the period's index in the list asked for, from 0
 * @param currency the currency
 * @param amount the sum
 */
public record PeriodAmount(int period, Currency currency, BigDecimal amount) {

    /** Checks the parts. */
    public PeriodAmount {
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(amount, "amount");
    }
}
