package dev.crmkit.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.util.Currency;
import org.junit.jupiter.api.Test;

class MoneyTest {

    private static final Currency BRL = Currency.getInstance("BRL");

    @Test
    void givenAnAmountWithAHugeExponent_whenMoneyIsMade_thenItIsRefusedNamingTheAmountBeforeAnyArithmetic() {
        InvalidCommandException text = catchThrowableOfType(InvalidCommandException.class, () -> Money.of("1e999999999", "BRL"));
        InvalidCommandException tiny = catchThrowableOfType(InvalidCommandException.class, () -> Money.of("1e-999999999", "BRL"));
        InvalidCommandException decimal = catchThrowableOfType(InvalidCommandException.class,
                () -> new Money(new BigDecimal("1e99999999"), BRL));

        for (InvalidCommandException e : new InvalidCommandException[] {text, tiny, decimal}) {
            assertThat(e.violations()).extracting(Violation::path, Violation::code).containsExactly(tuple("amount", "Digits"));
        }
    }

    @Test
    void givenAnAmountTextLongerThanAnyAmount_whenMoneyIsMade_thenItIsRefusedUnparsed() {
        InvalidCommandException e = catchThrowableOfType(InvalidCommandException.class, () -> Money.of("9".repeat(100_000), "BRL"));

        assertThat(e.violations()).extracting(Violation::path, Violation::code).containsExactly(tuple("amount", "Digits"));
    }

    @Test
    void givenOrdinaryAmountsAndLargeSums_whenMoneyIsMade_thenTheyAreKeptAtTheCurrencysScale() {
        assertThat(Money.of("1500.555", "BRL").amount()).isEqualByComparingTo("1500.56");
        assertThat(Money.of("1500.5", "JPY").amount()).isEqualByComparingTo("1500");
        // A board's sum of a million values of 15 digits stays well inside the bound.
        assertThat(new Money(new BigDecimal("999999999999999").multiply(BigDecimal.valueOf(1_000_000)), BRL).amount().scale())
                .isEqualTo(2);
        assertThat(new Money(new BigDecimal("1e20"), BRL).amount()).isEqualByComparingTo("100000000000000000000");
    }
}
