package dev.crmkit.account;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A tax id: the country that issued it and its number, normalized (dots, dashes, slashes and blanks removed,
 * letters in upper case), so {@code "123.456.789-09"} and {@code "12345678909"} are the same id.
 *
 * <p>Brazil's CPF and CNPJ (the alphanumeric CNPJ included) and Ecuador's cédula and RUC are checked with their
 * check digits by {@link ValidTaxId} when a command is validated; other countries' numbers are stored
 * normalized, without a check. Construction only normalizes, so that a bad number reaches validation and is
 * reported with the field's path, in the caller's language.
 *
 * @param country the ISO 3166-1 alpha-2 code of the issuing country ({@code "BR"}, {@code "EC"})
 * @param number the number, normalized
 */
@ValidTaxId
public record TaxId(String country, String number) {

    /** The largest length of a normalized number. */
    public static final int MAX_LENGTH = 30;

    private static final Pattern SEPARATORS = Pattern.compile("[\\s./\\-]+");

    /** Normalizes the country code and the number. */
    public TaxId {
        country = country == null ? null : country.strip().toUpperCase(Locale.ROOT);
        number = number == null ? null : SEPARATORS.matcher(number).replaceAll("").toUpperCase(Locale.ROOT);
    }

    /**
     * A tax id of a country.
     *
     * @param country the ISO country code
     * @param number the number, formatted or not
     * @return the tax id (validated with the command that carries it)
     */
    public static TaxId of(String country, String number) {
        return new TaxId(country, number);
    }

    /**
     * Which kind of id this is, from its country and length.
     *
     * @return the kind
     */
    public TaxIdKind kind() {
        return TaxIdRules.kindOf(country, number == null ? "" : number);
    }

    /**
     * Whether the country is known and the number well-formed with correct check digits.
     *
     * @return {@code true} for a valid tax id
     */
    public boolean isValid() {
        return TaxIdRules.isCountry(country) && number != null && !number.isEmpty()
                && TaxIdRules.isValid(kind(), number);
    }

    /**
     * The key two tax ids are the same by within a tenant: {@code "BR:12345678909"}.
     *
     * @return the key
     */
    public String key() {
        return country + ":" + number;
    }

    /**
     * The number as people write it: {@code 123.456.789-09}, {@code 12.ABC.345/01DE-35}; other kinds unchanged.
     *
     * @return the formatted number
     */
    public String formatted() {
        return switch (kind()) {
            case BR_CPF -> number.substring(0, 3) + "." + number.substring(3, 6) + "." + number.substring(6, 9) + "-"
                    + number.substring(9);
            case BR_CNPJ -> number.length() != 14 ? number : number.substring(0, 2) + "." + number.substring(2, 5) + "."
                    + number.substring(5, 8) + "/" + number.substring(8, 12) + "-" + number.substring(12);
            default -> number;
        };
    }

    @Override
    public String toString() {
        return country + " " + formatted();
    }
}
