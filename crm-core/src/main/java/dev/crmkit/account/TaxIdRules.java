package dev.crmkit.account;

import java.util.Locale;
import java.util.Set;

/**
 * The registries' rules for the tax ids CRM Kit validates. Each takes a normalized number (separators removed, upper
 * case) and answers whether the registry's rules accept it, accept it only with a {@link TaxIdWarning}, or refuse it:
 *
 * <ul>
 *   <li>CPF (Receita Federal): 11 digits, not all the same, two mod-11 check digits.
 *   <li>CNPJ (Receita Federal): 14 characters, the first twelve digits or upper-case letters (the alphanumeric CNPJ of
 *       July 2026; a character weighs its ASCII code minus 48), the last two digits, not all the same, two mod-11 check
 *       digits.
 *   <li>Cédula (Registro Civil): 10 digits, province 01–24 or 30 (Ecuadorians registered abroad), third digit 0–5
 *       (Ecuadorians) or 6 (foreign residents), a mod-10 check digit.
 *   <li>RUC (SRI): 13 digits, a valid province, then by the third digit: 0–5, a natural person, the cédula and
 *       {@code 001}; 6, a public entity (nine digits whose ninth is a mod-11 check digit, then {@code 0001}) or a
 *       natural person built on a cédula with third digit 6; 9, a private company, ten digits and {@code 001}. The SRI
 *       does not generate private-company RUCs by an algorithm: one whose tenth digit is the private-company check
 *       digit, or whose ninth is the public-entity one (companies registered in that format), is valid; one with
 *       neither is a warning the host may accept. 7 and 8 are no kind of RUC.
 * </ul>
 *
 * <p>Like the official algorithms, these cannot see every single-character error: a mod-11 check digit maps
 * the remainders 0 and 1 to the same digit, so a change that moves the remainder between them goes unseen;
 * in an alphanumeric CNPJ, two characters whose values differ by a multiple of 11 ({@code '6'} and
 * {@code 'A'}) weigh the same; changing the third digit of a RUC can turn it into a valid RUC of another
 * kind; and a changed private-company RUC may carry the public-entity check digit by chance. Such a changed id is a
 * legal id of somebody else, so refusing it would refuse real taxpayers.
 */
final class TaxIdRules {

    private static final Set<String> ISO_COUNTRIES = Set.of(Locale.getISOCountries());
    private static final int[] CPF_FIRST = {10, 9, 8, 7, 6, 5, 4, 3, 2};
    private static final int[] CPF_SECOND = {11, 10, 9, 8, 7, 6, 5, 4, 3, 2};
    private static final int[] CNPJ_FIRST = {5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2};
    private static final int[] CNPJ_SECOND = {6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2};
    private static final int[] RUC_PRIVATE = {4, 3, 2, 7, 6, 5, 4, 3, 2};
    private static final int[] RUC_PUBLIC = {3, 2, 7, 6, 5, 4, 3, 2};

    private TaxIdRules() {}

    static boolean isCountry(String code) {
        return code != null && ISO_COUNTRIES.contains(code);
    }

    static TaxIdKind kindOf(String country, String number) {
        if ("BR".equals(country)) {
            return number.length() == 11 ? TaxIdKind.BR_CPF : TaxIdKind.BR_CNPJ;
        }
        if ("EC".equals(country)) {
            return number.length() == 13 ? TaxIdKind.EC_RUC : TaxIdKind.EC_CEDULA;
        }
        return TaxIdKind.OTHER;
    }

    /** Whether a number of Brazil or Ecuador has the length of one of the country's kinds. */
    static boolean hasKindLength(String country, String number) {
        int length = number.length();
        return "BR".equals(country) ? length == 11 || length == 14 : length == 10 || length == 13;
    }

    /** What the rules say of a number. */
    enum Verdict {
        /** Accepted. */
        VALID,
        /** Accepted only with {@link TaxIdWarning#UNVERIFIED_CHECK_DIGIT}. */
        UNVERIFIED,
        /** Refused. */
        INVALID
    }

    static Verdict verdict(TaxIdKind kind, String number) {
        return switch (kind) {
            case BR_CPF -> valid(cpf(number));
            case BR_CNPJ -> valid(cnpj(number));
            case EC_CEDULA -> valid(cedula(number));
            case EC_RUC -> ruc(number);
            case OTHER -> valid(number.length() <= TaxId.MAX_LENGTH && number.chars().allMatch(TaxIdRules::isAlphanumeric));
        };
    }

    private static Verdict valid(boolean valid) {
        return valid ? Verdict.VALID : Verdict.INVALID;
    }

    /** Whether a number holds a digit of another script than 0–9 (Arabic-Indic, Devanagari, ...). */
    static boolean hasForeignDigits(String number) {
        return number.codePoints().anyMatch(c -> Character.isDigit(c) && (c < '0' || c > '9'));
    }

    static boolean cpf(String n) {
        if (!n.matches("[0-9]{11}") || allSame(n)) {
            return false;
        }
        return digit(n, 9) == mod11(n, CPF_FIRST) && digit(n, 10) == mod11(n, CPF_SECOND);
    }

    static boolean cnpj(String n) {
        if (!n.matches("[0-9A-Z]{12}[0-9]{2}") || allSame(n)) {
            return false;
        }
        return digit(n, 12) == mod11(n, CNPJ_FIRST) && digit(n, 13) == mod11(n, CNPJ_SECOND);
    }

    static boolean cedula(String n) {
        if (!n.matches("[0-9]{10}") || !province(n) || digit(n, 2) > 6) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            int product = digit(n, i) * (i % 2 == 0 ? 2 : 1);
            sum += product > 9 ? product - 9 : product;
        }
        return digit(n, 9) == (10 - sum % 10) % 10;
    }

    static Verdict ruc(String n) {
        if (!n.matches("[0-9]{13}") || !province(n)) {
            return Verdict.INVALID;
        }
        int third = digit(n, 2);
        boolean natural = cedula(n.substring(0, 10)) && n.endsWith("001");
        boolean publicCheck = strictMod11(n, RUC_PUBLIC) == digit(n, 8);
        if (third <= 5) {
            return valid(natural);
        }
        if (third == 6) {
            return valid(natural || (n.endsWith("0001") && publicCheck));
        }
        if (third == 9) {
            if (!n.endsWith("001")) {
                return Verdict.INVALID;
            }
            return strictMod11(n, RUC_PRIVATE) == digit(n, 9) || publicCheck ? Verdict.VALID : Verdict.UNVERIFIED;
        }
        return Verdict.INVALID;
    }

    /** The value of a character in a check-digit sum: its ASCII code minus 48 ({@code '0'} is 0, {@code 'A'} 17). */
    private static int value(char c) {
        return c - '0';
    }

    private static int digit(String n, int index) {
        return value(n.charAt(index));
    }

    /** Brazil's check digit: 11 minus the remainder, with remainders 0 and 1 both giving 0. */
    private static int mod11(String n, int[] weights) {
        int remainder = weightedSum(n, weights) % 11;
        return remainder < 2 ? 0 : 11 - remainder;
    }

    /** Ecuador's RUC check digit: 11 minus the remainder, 0 for remainder 0; remainder 1 has no digit (-1). */
    private static int strictMod11(String n, int[] weights) {
        int remainder = weightedSum(n, weights) % 11;
        if (remainder == 0) {
            return 0;
        }
        return remainder == 1 ? -1 : 11 - remainder;
    }

    private static int weightedSum(String n, int[] weights) {
        int sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += value(n.charAt(i)) * weights[i];
        }
        return sum;
    }

    private static boolean province(String n) {
        int province = Integer.parseInt(n.substring(0, 2));
        return (province >= 1 && province <= 24) || province == 30;
    }

    private static boolean allSame(String n) {
        return n.chars().allMatch(c -> c == n.charAt(0));
    }

    private static boolean isAlphanumeric(int c) {
        return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z');
    }
}
