package dev.crmkit.account;

import java.util.Locale;
import java.util.Set;

/**
 * The check-digit algorithms of the tax ids CRM Kit validates. Each takes a normalized number (separators
 * removed, upper case) and answers whether it is well-formed with correct check digits.
 *
 * <p>Like the official algorithms, these cannot see every single-character error: a mod-11 check digit maps
 * the remainders 0 and 1 to the same digit, so a change that moves the remainder between them goes unseen;
 * in an alphanumeric CNPJ, two characters whose values differ by a multiple of 11 ({@code '6'} and
 * {@code 'A'}) weigh the same; and changing the third digit of a RUC can turn it into a valid RUC of another
 * kind. Such a changed id is a legal id of somebody else, so refusing it would refuse real taxpayers.
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

    static boolean isValid(TaxIdKind kind, String number) {
        return switch (kind) {
            case BR_CPF -> cpf(number);
            case BR_CNPJ -> cnpj(number);
            case EC_CEDULA -> cedula(number);
            case EC_RUC -> ruc(number);
            case OTHER -> number.length() <= TaxId.MAX_LENGTH && number.chars().allMatch(TaxIdRules::isAlphanumeric);
        };
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
        if (!n.matches("[0-9]{10}") || !province(n) || digit(n, 2) >= 6) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            int product = digit(n, i) * (i % 2 == 0 ? 2 : 1);
            sum += product > 9 ? product - 9 : product;
        }
        return digit(n, 9) == (10 - sum % 10) % 10;
    }

    static boolean ruc(String n) {
        if (!n.matches("[0-9]{13}") || !province(n)) {
            return false;
        }
        int third = digit(n, 2);
        if (third < 6) {
            return cedula(n.substring(0, 10)) && n.endsWith("001");
        }
        if (third == 9) {
            return n.endsWith("001") && strictMod11(n, RUC_PRIVATE) == digit(n, 9);
        }
        if (third == 6) {
            return n.endsWith("0001") && strictMod11(n, RUC_PUBLIC) == digit(n, 8);
        }
        return false;
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
