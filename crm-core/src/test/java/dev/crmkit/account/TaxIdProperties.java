package dev.crmkit.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;

/**
 * Tax ids: generated valid ids pass in any formatting; every single-character change is judged exactly as an
 * independent reference implementation judges it; changes to a check digit always fail, and so does every
 * change to a cédula; the changes the official algorithms cannot see are rare and are documented below.
 */
class TaxIdProperties {

    private static final String DIGITS = "0123456789";
    private static final String ALPHANUMERIC = DIGITS + "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    private static final Map<String, AtomicLong[]> UNSEEN_BY_FAMILY = new ConcurrentHashMap<>();
    /**
     * The largest share of single-character changes each family's official algorithm may miss (measured: CPF
     * 0.17%, RUC 0.25%, cédula none; CNPJ 5.5%, because since 2026 any of its first twelve characters may be a
     * letter, and a letter whose value differs from the replaced character's by 11, 22 or 33 weighs the same).
     */
    private static final Map<String, Double> BLIND_SPOT_BOUND = Map.of(
            "BR_CPF", 0.005, "BR_CNPJ numeric", 0.07, "BR_CNPJ alphanumeric", 0.07, "EC_CEDULA", 0.0, "EC_RUC", 0.006);

    @Property(tries = 300)
    void givenAValidId_whenFormattedAnyWay_thenItPassesAndNormalizes(@ForAll("validIds") Sample sample,
            @ForAll("separators") List<String> separators) {
        StringBuilder formatted = new StringBuilder();
        for (int i = 0; i < sample.number().length(); i++) {
            formatted.append(separators.get(i % separators.size()));
            char c = sample.number().charAt(i);
            formatted.append(i % 3 == 0 ? Character.toLowerCase(c) : c);
        }

        TaxId taxId = TaxId.of(" " + sample.country().toLowerCase() + " ", formatted.toString());

        assertThat(taxId.isValid()).as(formatted.toString()).isTrue();
        assertThat(taxId.number()).isEqualTo(sample.number());
        assertThat(taxId.kind()).isEqualTo(sample.kind());
        assertThat(TaxId.of(sample.country(), taxId.formatted())).isEqualTo(taxId);
    }

    @Property(tries = 300)
    void givenAValidId_whenAnySingleCharacterChanges_thenTheVerdictIsTheReferences(@ForAll("validIds") Sample sample) {
        String alphabet = sample.kind() == TaxIdKind.BR_CNPJ ? ALPHANUMERIC + "#*" : DIGITS + "AZ#";
        for (int position = 0; position < sample.number().length(); position++) {
            for (char replacement : alphabet.toCharArray()) {
                if (replacement == sample.number().charAt(position)) {
                    continue;
                }
                String mutant = sample.number().substring(0, position) + replacement + sample.number().substring(position + 1);
                boolean accepted = TaxId.of(sample.country(), mutant).isValid();

                assertThat(accepted).as(sample + " -> " + mutant).isEqualTo(Reference.isValid(sample.kind(), mutant));
                if (sample.checkPositions().contains(position) || sample.kind() == TaxIdKind.EC_CEDULA) {
                    assertThat(accepted).as("a change to a check digit or to a cédula is always seen: " + mutant).isFalse();
                }
                AtomicLong[] counts = UNSEEN_BY_FAMILY.computeIfAbsent(sample.family(),
                        f -> new AtomicLong[] {new AtomicLong(), new AtomicLong()});
                counts[0].incrementAndGet();
                if (accepted) {
                    counts[1].incrementAndGet();
                }
            }
        }
    }

    @AfterContainer
    static void theChangesNoAlgorithmCanSeeAreRare() {
        assertThat(UNSEEN_BY_FAMILY).containsOnlyKeys(BLIND_SPOT_BOUND.keySet());
        UNSEEN_BY_FAMILY.forEach((family, counts) -> {
            double share = (double) counts[1].get() / counts[0].get();
            assertThat(share).as("share of unseen single-character changes of " + family + " (" + counts[1] + "/" + counts[0] + ")")
                    .isLessThanOrEqualTo(BLIND_SPOT_BOUND.get(family));
        });
    }

    @Example
    void givenTheOfficialExamples_whenChecked_thenTheyPass() {
        assertThat(TaxId.of("BR", "12.ABC.345/01DE-35").isValid()).as("Receita Federal's alphanumeric CNPJ example").isTrue();
        assertThat(TaxId.of("BR", "11.222.333/0001-81").isValid()).isTrue();
        assertThat(TaxId.of("BR", "529.982.247-25").isValid()).isTrue();
        assertThat(TaxId.of("BR", "111.111.111-11").isValid()).as("repeated digits are not a CPF").isFalse();
        assertThat(TaxId.of("EC", "1710034065").isValid()).isTrue();
        assertThat(TaxId.of("EC", "1710034065001").isValid()).isTrue();
        assertThat(TaxId.of("EC", "1710034065002").isValid()).as("a RUC ends in 001").isFalse();
        assertThat(TaxId.of("AR", "20-12345678-3").number()).isEqualTo("20123456783");
        assertThat(TaxId.of("AR", "20-12345678-3").kind()).isEqualTo(TaxIdKind.OTHER);
        assertThat(TaxId.of("XX", "123").isValid()).as("unknown country").isFalse();
    }

    @Example
    void givenTheBlindSpotsOfTheOfficialAlgorithms_whenAnIdIsChangedThere_thenTheChangedIdIsAlsoValid() {
        // Alphanumeric CNPJ: '6' (value 6) and 'A' (value 17) differ by 11 and weigh the same in both sums.
        String body = "12ABC34501D6";
        String cnpj = body + Reference.cnpjCheckDigits(body);
        String swapped = cnpj.replace('6', 'A');
        assertThat(TaxId.of("BR", cnpj).isValid()).isTrue();
        assertThat(TaxId.of("BR", swapped).isValid()).isTrue();
        assertThat(swapped).isNotEqualTo(cnpj);

        // CPF: remainders 0 and 1 both give check digit 0, and the first digit weighs 11 in the second sum.
        String cpf = firstCpfWithRemainderZeroAndFirstDigitAboveZero();
        String lowered = (char) (cpf.charAt(0) - 1) + cpf.substring(1);
        assertThat(TaxId.of("BR", cpf).isValid()).isTrue();
        assertThat(TaxId.of("BR", lowered).isValid()).isTrue();
    }

    private static String firstCpfWithRemainderZeroAndFirstDigitAboveZero() {
        for (long n = 100_000_000L; ; n++) {
            String body = Long.toString(n);
            int sum = 0;
            for (int i = 0; i < 9; i++) {
                sum += (body.charAt(i) - '0') * (10 - i);
            }
            if (sum % 11 == 0 && body.chars().distinct().count() > 1) {
                return body + Reference.cpfCheckDigits(body);
            }
        }
    }

    @Provide
    Arbitrary<List<String>> separators() {
        return Arbitraries.of("", "", "", ".", "-", "/", " ").list().ofMinSize(1).ofMaxSize(5);
    }

    @Provide
    Arbitrary<Sample> validIds() {
        Arbitrary<String> digits9 = Arbitraries.strings().withChars(DIGITS).ofLength(9);
        Arbitrary<Sample> cpf = digits9.filter(b -> b.chars().distinct().count() > 1)
                .map(b -> new Sample("BR", TaxIdKind.BR_CPF, b + Reference.cpfCheckDigits(b), List.of(9, 10)));
        Arbitrary<Sample> numericCnpj = Arbitraries.strings().withChars(DIGITS).ofLength(12)
                .filter(b -> b.chars().distinct().count() > 1)
                .map(b -> new Sample("BR", TaxIdKind.BR_CNPJ, b + Reference.cnpjCheckDigits(b), List.of(12, 13)));
        Arbitrary<Sample> alphanumericCnpj = Arbitraries.strings().withChars(ALPHANUMERIC).ofLength(12)
                .filter(b -> b.chars().distinct().count() > 1)
                .map(b -> new Sample("BR", TaxIdKind.BR_CNPJ, b + Reference.cnpjCheckDigits(b), List.of(12, 13)));
        Arbitrary<String> province = Arbitraries.oneOf(Arbitraries.integers().between(1, 24), Arbitraries.just(30))
                .map(p -> String.format("%02d", p));
        Arbitrary<String> cedulaBody = Combinators.combine(province, Arbitraries.integers().between(0, 5),
                        Arbitraries.strings().withChars(DIGITS).ofLength(6))
                .as((p, third, rest) -> p + third + rest);
        Arbitrary<Sample> cedula = cedulaBody
                .map(b -> new Sample("EC", TaxIdKind.EC_CEDULA, b + Reference.cedulaCheckDigit(b), List.of(9)));
        Arbitrary<Sample> naturalRuc = cedulaBody
                .map(b -> new Sample("EC", TaxIdKind.EC_RUC, b + Reference.cedulaCheckDigit(b) + "001", List.of(9)));
        Arbitrary<Sample> privateRuc = Combinators.combine(province, Arbitraries.strings().withChars(DIGITS).ofLength(6))
                .as((p, rest) -> p + "9" + rest)
                .filter(b -> Reference.rucCheckDigit(b, new int[] {4, 3, 2, 7, 6, 5, 4, 3, 2}) >= 0)
                .map(b -> new Sample("EC", TaxIdKind.EC_RUC,
                        b + Reference.rucCheckDigit(b, new int[] {4, 3, 2, 7, 6, 5, 4, 3, 2}) + "001", List.of(9)));
        Arbitrary<Sample> publicRuc = Combinators.combine(province, Arbitraries.strings().withChars(DIGITS).ofLength(5))
                .as((p, rest) -> p + "6" + rest)
                .filter(b -> Reference.rucCheckDigit(b, new int[] {3, 2, 7, 6, 5, 4, 3, 2}) >= 0)
                .map(b -> new Sample("EC", TaxIdKind.EC_RUC,
                        b + Reference.rucCheckDigit(b, new int[] {3, 2, 7, 6, 5, 4, 3, 2}) + "0001", List.of(8)));
        return Arbitraries.oneOf(cpf, numericCnpj, alphanumericCnpj, cedula, naturalRuc, privateRuc, publicRuc);
    }

    /** A generated valid id and the positions of its check digits. */
    record Sample(String country, TaxIdKind kind, String number, List<Integer> checkPositions) {

        String family() {
            if (kind != TaxIdKind.BR_CNPJ) {
                return kind.name();
            }
            return number.chars().allMatch(Character::isDigit) ? "BR_CNPJ numeric" : "BR_CNPJ alphanumeric";
        }
    }

    /** The reference algorithms, written independently of production (other formulas, same rules). */
    static final class Reference {

        static boolean isValid(TaxIdKind kind, String n) {
            return switch (kind) {
                case BR_CPF -> n.matches("\\d{11}") && n.chars().distinct().count() > 1
                        && n.substring(9).equals(cpfCheckDigits(n.substring(0, 9)));
                case BR_CNPJ -> n.matches("[0-9A-Z]{12}\\d{2}") && n.chars().distinct().count() > 1
                        && n.substring(12).equals(cnpjCheckDigits(n.substring(0, 12)));
                case EC_CEDULA -> n.matches("\\d{10}") && provinceOk(n) && n.charAt(2) < '6'
                        && n.charAt(9) - '0' == cedulaCheckDigit(n.substring(0, 9));
                case EC_RUC -> rucValid(n);
                case OTHER -> true;
            };
        }

        static String cpfCheckDigits(String nine) {
            int first = tenTimesMod11(nine, 10);
            int second = tenTimesMod11(nine + first, 11);
            return "" + first + second;
        }

        static String cnpjCheckDigits(String twelve) {
            int first = tenTimesMod11Cycled(twelve);
            int second = tenTimesMod11Cycled(twelve + first);
            return "" + first + second;
        }

        /** Receita's alternative formula: (10 x sum mod 11) mod 10, weights counting down from {@code top}. */
        private static int tenTimesMod11(String s, int top) {
            int sum = 0;
            for (int i = 0; i < s.length(); i++) {
                sum += (s.charAt(i) - '0') * (top - i);
            }
            return sum * 10 % 11 % 10;
        }

        /** CNPJ weights run 2..9 from the right, cycling. */
        private static int tenTimesMod11Cycled(String s) {
            int sum = 0;
            int weight = 2;
            for (int i = s.length() - 1; i >= 0; i--) {
                sum += (s.charAt(i) - '0') * weight;
                weight = weight == 9 ? 2 : weight + 1;
            }
            return sum * 10 % 11 % 10;
        }

        static int cedulaCheckDigit(String nine) {
            int sum = 0;
            for (int i = 0; i < 9; i++) {
                int product = (nine.charAt(i) - '0') * (i % 2 == 0 ? 2 : 1);
                sum += product / 10 + product % 10;
            }
            int next = (sum + 9) / 10 * 10;
            return next - sum;
        }

        static int rucCheckDigit(String body, int[] weights) {
            int sum = 0;
            for (int i = 0; i < weights.length; i++) {
                sum += (body.charAt(i) - '0') * weights[i];
            }
            int digit = sum % 11 == 0 ? 0 : 11 - sum % 11;
            return digit == 10 ? -1 : digit;
        }

        private static boolean provinceOk(String n) {
            int p = Integer.parseInt(n.substring(0, 2));
            return p == 30 || (p >= 1 && p <= 24);
        }

        private static boolean rucValid(String n) {
            if (!n.matches("\\d{13}") || !provinceOk(n)) {
                return false;
            }
            char third = n.charAt(2);
            if (third < '6') {
                return isValid(TaxIdKind.EC_CEDULA, n.substring(0, 10)) && n.endsWith("001");
            }
            if (third == '9') {
                return n.endsWith("001") && rucCheckDigit(n, new int[] {4, 3, 2, 7, 6, 5, 4, 3, 2}) == n.charAt(9) - '0';
            }
            if (third == '6') {
                return n.endsWith("0001") && rucCheckDigit(n, new int[] {3, 2, 7, 6, 5, 4, 3, 2}) == n.charAt(8) - '0';
            }
            return false;
        }

        private Reference() {}
    }
}
