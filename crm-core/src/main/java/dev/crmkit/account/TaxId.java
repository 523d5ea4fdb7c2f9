package dev.crmkit.account;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A tax id: the country that issued it and its number, normalized, so {@code "123.456.789-09"},
 * {@code "123 456 789–09"} and {@code "12345678909"} are the same id. Normalizing folds compatibility characters
 * (Unicode NFKC: full-width digits and letters become ASCII ones, a no-break space a space), removes separators
 * (every kind of space and dash, dots and middle dots, slashes, invisible format characters) and puts letters in upper
 * case. Digits of other scripts (Arabic-Indic, Devanagari, ...) are kept, and refused by validation.
 *
 * <p>Brazil's CPF and CNPJ (the alphanumeric CNPJ included) and Ecuador's cédula and RUC are checked by the
 * registries' rules ({@link #isValid()}, {@link #warning()}) by {@link ValidTaxId} when a command is validated; other
 * countries' numbers are stored normalized, without a check. Construction only normalizes, so that a bad number
 * reaches validation and is reported with the field's path, in the caller's language.
 *
 * @param country the ISO 3166-1 alpha-2 code of the issuing country ({@code "BR"}, {@code "EC"})
 * @param number the number, normalized
 */
@ValidTaxId
public record TaxId(String country, String number) {

    /** The largest length of a normalized number. */
    public static final int MAX_LENGTH = 30;

    /**
     * What separates the parts of a number as people write and paste it, once folded: spaces and line breaks of every
     * kind, dashes (the minus sign too), dots, middle dots and bullets, slashes, and format characters (zero-width
     * spaces, the byte-order mark, the soft hyphen).
     */
    private static final Pattern SEPARATORS =
            Pattern.compile("[\\s\\p{Z}\\p{Pd}\\p{Cf}./\\u00B7\\u2022\\u2027\\u2044\\u2212\\u2215\\u2219\\u22C5\\u30FB]+");
    private static final Pattern NORMALIZED = Pattern.compile("[0-9A-Z]*");

    /** Normalizes the country code and the number. */
    public TaxId {
        country = country == null ? null : fold(country).strip().toUpperCase(Locale.ROOT);
        number = number == null || NORMALIZED.matcher(number).matches() ? number
                : SEPARATORS.matcher(fold(number)).replaceAll("").toUpperCase(Locale.ROOT);
    }

    private static String fold(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC);
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
     * Whether the registry's rules accept the number: the country is known and the number well-formed with correct
     * check digits, or with a check digit the registry does not guarantee ({@link #warning()}).
     *
     * @return {@code true} unless the number is refused
     */
    public boolean isValid() {
        return verdict() != TaxIdRules.Verdict.INVALID;
    }

    /**
     * What the registry's rules cannot settle about a number they accept: a command stores it only when it accepts
     * the warning.
     *
     * @return the warning, or empty for a number the rules accept outright (or refuse)
     */
    public Optional<TaxIdWarning> warning() {
        return verdict() == TaxIdRules.Verdict.UNVERIFIED ? Optional.of(TaxIdWarning.UNVERIFIED_CHECK_DIGIT) : Optional.empty();
    }

    private TaxIdRules.Verdict verdict() {
        if (!TaxIdRules.isCountry(country) || number == null || number.isEmpty()) {
            return TaxIdRules.Verdict.INVALID;
        }
        return TaxIdRules.verdict(kind(), number);
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
