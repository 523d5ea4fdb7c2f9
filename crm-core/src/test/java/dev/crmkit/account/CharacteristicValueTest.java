package dev.crmkit.account;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crmkit.catalog.CatalogDetails;
import dev.crmkit.catalog.CharacteristicValueType;
import java.math.BigDecimal;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * Number characteristic values have one canonical form, so that a store that keeps their text and one that keeps the
 * value object return the same value (the in-memory store once answered {@code 1E+3} where a database answered
 * {@code 1000}).
 */
class CharacteristicValueTest {

    private static final CatalogDetails.Characteristic NUMBER = new CatalogDetails.Characteristic(CharacteristicValueType.NUMBER,
            List.of());

    @Test
    void givenAnExponentOrTrailingZeros_whenParsed_thenTheValueIsThePlainNumberWithoutTrailingZeros() {
        assertThat(CharacteristicValue.parse(NUMBER, "1E+3")).isEqualTo(new CharacteristicValue.NumberValue(new BigDecimal("1000")));
        assertThat(((CharacteristicValue.NumberValue) CharacteristicValue.parse(NUMBER, "1E+3")).value().scale()).isZero();
        assertThat(CharacteristicValue.parse(NUMBER, "1000.00").stored()).isEqualTo("1000");
        assertThat(CharacteristicValue.parse(NUMBER, "12,50").stored()).isEqualTo("12.5");
        assertThat(CharacteristicValue.parse(NUMBER, "-0.000").stored()).isEqualTo("0");
    }

    @Property(tries = 200)
    void givenANumberWrittenAnyWay_whenParsedAndRestoredFromItsStoredText_thenTheValuesAreEqual(@ForAll("numbers") BigDecimal number) {
        CharacteristicValue accepted = CharacteristicValue.parse(NUMBER, number.toString());

        CharacteristicValue restored = CharacteristicValue.restore(CharacteristicValueType.NUMBER, accepted.stored());

        assertThat(restored).isEqualTo(accepted);
        assertThat(((CharacteristicValue.NumberValue) accepted).value()).isEqualByComparingTo(number);
        assertThat(accepted.stored()).isEqualTo(accepted.key());
    }

    @Provide
    Arbitrary<BigDecimal> numbers() {
        // Unscaled values and scales that stay inside 18 integer and 6 fraction digits, written with and without exponents.
        return net.jqwik.api.Combinators.combine(Arbitraries.longs().between(-999_999_999L, 999_999_999L),
                Arbitraries.integers().between(-9, 6)).as(BigDecimal::valueOf);
    }
}
