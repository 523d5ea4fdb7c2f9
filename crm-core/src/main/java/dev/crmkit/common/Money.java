package dev.crmkit.common;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Locale;

/**
 * An amount of money in a currency, kept at the currency's scale ({@code BRL 1500.00}, {@code JPY 1500}).
 *
 * @param amount the amount; at most 15 integer digits
 * @param currency the ISO 4217 currency
 */
public record Money(@NotNull @Digits(integer = 15, fraction = 4) BigDecimal amount, @NotNull Currency currency) {

    /** Brings the amount to the currency's scale, rounding half-even; a missing part is left to validation. */
    public Money {
        if (amount != null && currency != null && currency.getDefaultFractionDigits() >= 0) {
            amount = amount.setScale(currency.getDefaultFractionDigits(), RoundingMode.HALF_EVEN);
        }
    }

    /**
     * An amount in a currency.
     *
     * @param amount the amount, as text with a dot for decimals ({@code "1500.5"})
     * @param currencyCode the ISO 4217 code ({@code "BRL"})
     * @return the money
     * @throws InvalidCommandException naming {@code amount} or {@code currency} when either is malformed
     */
    public static Money of(String amount, String currencyCode) {
        BigDecimal value;
        try {
            value = new BigDecimal(Ids.required(amount, "amount").strip());
        } catch (NumberFormatException e) {
            throw InvalidCommandException.single("amount", "InvalidFormat");
        }
        Currency currency;
        try {
            currency = Currency.getInstance(Ids.required(currencyCode, "currency").strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw InvalidCommandException.single("currency", "InvalidFormat");
        }
        return new Money(value, currency);
    }

    /**
     * Whether the amount is below zero.
     *
     * @return {@code true} for a negative amount
     */
    public boolean isNegative() {
        return amount != null && amount.signum() < 0;
    }

    @Override
    public String toString() {
        return currency.getCurrencyCode() + " " + amount.toPlainString();
    }
}
