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
 * <p>An amount a caller gives has at most 15 integer digits (checked with the command). Whatever its origin, no
 * amount with more than {@value #MAX_PRECISION} significant digits or a scale beyond &plusmn;{@value #MAX_PRECISION}
 * is ever built: {@code 1e999999999} is a valid {@link BigDecimal} of ten characters, but bringing it to a
 * currency's scale would take minutes of arithmetic, so it is refused before any.
 *
 * @param amount the amount; at most 15 integer digits
 * @param currency the ISO 4217 currency
 */
public record Money(@NotNull @Digits(integer = 15, fraction = 4) BigDecimal amount, @NotNull Currency currency) {

    /**
     * The most significant digits, and the largest scale either way, an amount may have before it is brought to its
     * currency's scale: those of IEEE 754's decimal128, far beyond any sum of amounts of 15 integer digits.
     */
    public static final int MAX_PRECISION = 34;

    /** The longest amount text {@link #of(String, String)} parses. */
    private static final int MAX_TEXT = 100;

    /**
     * Refuses an absurd amount before any arithmetic, then brings it to the currency's scale, rounding half-even; a
     * missing part is left to validation.
     *
     * @throws InvalidCommandException naming {@code amount} when the amount has more than {@value #MAX_PRECISION}
     *     significant digits or a scale beyond &plusmn;{@value #MAX_PRECISION}
     */
    public Money {
        if (amount != null && (amount.precision() > MAX_PRECISION || Math.abs(amount.scale()) > MAX_PRECISION)) {
            throw InvalidCommandException.single("amount", "Digits", 15, 4);
        }
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
     * @throws InvalidCommandException naming {@code amount} or {@code currency} when either is malformed, or the
     *     amount absurd (see {@link #MAX_PRECISION})
     */
    public static Money of(String amount, String currencyCode) {
        String text = Ids.required(amount, "amount").strip();
        if (text.length() > MAX_TEXT) {
            // Parsing a decimal costs more than linear time in its length: a text no amount needs is not parsed.
            throw InvalidCommandException.single("amount", "Digits", 15, 4);
        }
        BigDecimal value;
        try {
            value = new BigDecimal(text);
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
