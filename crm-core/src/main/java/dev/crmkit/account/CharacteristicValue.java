package dev.crmkit.account;

import dev.crmkit.catalog.CatalogDetails;
import dev.crmkit.catalog.CharacteristicValueType;
import dev.crmkit.common.InvalidCommandException;
import dev.crmkit.common.Text;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;

/**
 * An account's value for a characteristic, typed by the characteristic type.
 *
 * <p>{@link #stored()} is the text an adapter keeps, and {@link #restore} builds the value back from it;
 * {@link #key()} is what equality filters compare (case- and blank-insensitive for text and choices, scale-
 * insensitive for numbers).
 */
public sealed interface CharacteristicValue {

    /** The largest length of a text value. */
    int MAX_TEXT = 500;

    /** @return the type of this value */
    CharacteristicValueType type();

    /** @return the value as stored by adapters and shown to users */
    String stored();

    /** @return the key equality filters compare */
    String key();

    /**
     * Parses a value a user typed, for a characteristic type.
     *
     * <ul>
     *   <li>text: 1 to 500 characters;
     *   <li>number: a decimal with a dot or a comma ({@code "12.5"}, {@code "12,5"});
     *   <li>yes-no: {@code true/false}, {@code yes/no}, {@code sim/não}, {@code sí/no}, {@code 1/0};
     *   <li>choice: one of the type's values, case-insensitively (kept as the type writes it).
     * </ul>
     *
     * @param definition the characteristic type's details
     * @param input the text
     * @return the value
     * @throws InvalidCommandException naming {@code value} when the text does not fit the type
     */
    static CharacteristicValue parse(CatalogDetails.Characteristic definition, String input) {
        String text = Text.trimToNull(input);
        if (text == null) {
            throw InvalidCommandException.single("value", "NotBlank");
        }
        return switch (definition.valueType()) {
            case TEXT -> {
                if (text.length() > MAX_TEXT) {
                    throw InvalidCommandException.single("value", "Size", 1, MAX_TEXT);
                }
                yield new TextValue(text);
            }
            case NUMBER -> new NumberValue(number(text));
            case YES_NO -> {
                Boolean yes = YesNoValue.WORDS.get(Text.fold(text));
                if (yes == null) {
                    throw InvalidCommandException.single("value", "NotYesNo");
                }
                yield new YesNoValue(yes);
            }
            case CHOICE -> definition.choices().stream()
                    .filter(c -> Text.key(c).equals(Text.key(text)))
                    .findFirst()
                    .<CharacteristicValue>map(ChoiceValue::new)
                    .orElseThrow(() -> InvalidCommandException.single("value", "NotAChoice", String.join(", ", definition.choices())));
        };
    }

    /**
     * Builds a stored value back, as an adapter loads it.
     *
     * @param type the characteristic's value type
     * @param stored the text {@link #stored()} returned
     * @return the value
     */
    static CharacteristicValue restore(CharacteristicValueType type, String stored) {
        return switch (type) {
            case TEXT -> new TextValue(stored);
            case NUMBER -> new NumberValue(new BigDecimal(stored));
            case YES_NO -> new YesNoValue(Boolean.parseBoolean(stored));
            case CHOICE -> new ChoiceValue(stored);
        };
    }

    private static BigDecimal number(String text) {
        String normalized = text.indexOf('.') < 0 ? text.replace(',', '.') : text;
        try {
            BigDecimal value = NumberValue.canonical(new BigDecimal(normalized));
            if (value.precision() - value.scale() > 18 || value.scale() > 6) {
                throw InvalidCommandException.single("value", "Digits", 18, 6);
            }
            return value;
        } catch (NumberFormatException e) {
            throw InvalidCommandException.single("value", "NotANumber");
        }
    }

    /**
     * A free text value.
     *
     * @param value the text
     */
    record TextValue(String value) implements CharacteristicValue {

        /** Checks the text is present. */
        public TextValue {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public CharacteristicValueType type() {
            return CharacteristicValueType.TEXT;
        }

        @Override
        public String stored() {
            return value;
        }

        @Override
        public String key() {
            return Text.key(value);
        }
    }

    /**
     * A number value, kept in one canonical form: no trailing zeros and no exponent ({@code "1E+3"} and
     * {@code "1000.00"} are both {@code 1000}, {@code "12.50"} is {@code 12.5}), so every store keeps and returns the
     * same number whatever way it was typed.
     *
     * @param value the number
     */
    record NumberValue(BigDecimal value) implements CharacteristicValue {

        /** Checks the number is present and puts it in its canonical form. */
        public NumberValue {
            value = canonical(Objects.requireNonNull(value, "value"));
        }

        /** The same number without trailing zeros and with a scale of at least 0, so that its plain text reads back equal. */
        static BigDecimal canonical(BigDecimal number) {
            BigDecimal stripped = number.signum() == 0 ? BigDecimal.ZERO : number.stripTrailingZeros();
            return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
        }

        @Override
        public CharacteristicValueType type() {
            return CharacteristicValueType.NUMBER;
        }

        @Override
        public String stored() {
            return value.toPlainString();
        }

        @Override
        public String key() {
            return value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
        }
    }

    /**
     * A yes-or-no value.
     *
     * @param value {@code true} for yes
     */
    record YesNoValue(boolean value) implements CharacteristicValue {

        private static final Map<String, Boolean> WORDS = Map.ofEntries(
                Map.entry("true", true), Map.entry("yes", true), Map.entry("y", true), Map.entry("sim", true),
                Map.entry("si", true), Map.entry("s", true), Map.entry("1", true),
                Map.entry("false", false), Map.entry("no", false), Map.entry("n", false), Map.entry("nao", false),
                Map.entry("0", false));

        @Override
        public CharacteristicValueType type() {
            return CharacteristicValueType.YES_NO;
        }

        @Override
        public String stored() {
            return Boolean.toString(value);
        }

        @Override
        public String key() {
            return stored();
        }
    }

    /**
     * One of the values of a closed list.
     *
     * @param value the value, as the characteristic type writes it
     */
    record ChoiceValue(String value) implements CharacteristicValue {

        /** Checks the value is present. */
        public ChoiceValue {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public CharacteristicValueType type() {
            return CharacteristicValueType.CHOICE;
        }

        @Override
        public String stored() {
            return value;
        }

        @Override
        public String key() {
            return Text.key(value);
        }
    }
}
