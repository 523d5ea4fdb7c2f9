package dev.crmkit.testkit;

import dev.crmkit.account.TaxId;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Valid Brazilian and Ecuadorian tax ids for tests, with check digits computed here (not by the library), each
 * one different from the last within a JVM.
 */
public final class TaxIdSamples {

    private static final AtomicLong SEQUENCE = new AtomicLong(System.nanoTime() % 100_000_000L);

    private TaxIdSamples() {}

    /** @return a valid CPF not handed out before */
    public static TaxId cpf() {
        String body;
        do {
            body = cpfBody(SEQUENCE.incrementAndGet());
        } while (!isCpfBody(body));
        return TaxId.of("BR", cpf(body));
    }

    /** The nine digits {@link #cpf()} builds from a number of its sequence. */
    static String cpfBody(long sequence) {
        return String.format("%09d", 100_000_000L + sequence % 899_999_999L);
    }

    /**
     * Whether nine digits can start a CPF: one digit nine times (111111111) would make 11111111111, whose check digits
     * add up but which is no CPF.
     */
    static boolean isCpfBody(String body) {
        return body.chars().distinct().count() > 1;
    }

    /** @return a valid numeric CNPJ not handed out before */
    public static TaxId cnpj() {
        String body = String.format("%08d", SEQUENCE.incrementAndGet() % 100_000_000L) + "0001";
        return TaxId.of("BR", cnpj(body));
    }

    /**
     * @param body twelve characters, digits or upper-case letters
     * @return the CNPJ with its check digits
     */
    public static String cnpj(String body) {
        int first = mod11(body, new int[] {5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2});
        int second = mod11(body + first, new int[] {6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2});
        return body + first + second;
    }

    /**
     * @param body nine digits
     * @return the CPF with its check digits
     */
    public static String cpf(String body) {
        int first = mod11(body, new int[] {10, 9, 8, 7, 6, 5, 4, 3, 2});
        int second = mod11(body + first, new int[] {11, 10, 9, 8, 7, 6, 5, 4, 3, 2});
        return body + first + second;
    }

    private static int mod11(String digits, int[] weights) {
        int sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += (digits.charAt(i) - '0') * weights[i];
        }
        int remainder = sum % 11;
        return remainder < 2 ? 0 : 11 - remainder;
    }
}
