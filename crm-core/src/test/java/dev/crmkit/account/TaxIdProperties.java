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
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterContainer;

/**
 * Tax ids against a reference written here from the registries' rules (Receita Federal for CPF and CNPJ, the Registro
 * Civil for the cédula, the SRI for the RUC), independently of production: generated ids pass in any formatting, pasted
 * Unicode included; every single-character change is judged exactly as the reference judges it (valid, a warning, or
 * refused); changes to a check digit are always seen where the registry guarantees it, and so is every change to a
 * cédula; the changes the official algorithms cannot see are rare and are documented below.
 *
 * <p>The reference's rules:
 * <ul>
 *   <li>CPF: 11 digits, not all equal, check digits (10 × weighted sum mod 11) mod 10, weights counting down.
 *   <li>CNPJ: 12 digits or upper-case letters (a character counts its ASCII code minus 48) and 2 digits, not all equal,
 *       the same formula with weights 2..9 cycling from the right.
 *   <li>Cédula: 10 digits, province 01–24 or 30, third digit 0–6 (6: foreign residents), a mod-10 check digit over
 *       digit sums of the products by 2, 1, 2, ...
 *   <li>RUC: 13 digits, a valid province; third digit 0–5: a cédula and 001; 6: a cédula and 001, or a public entity
 *       (check digit at the ninth place, weights 3 2 7 6 5 4 3 2, then 0001); 9: ten digits and 001, valid when the
 *       tenth is the private-company check digit (weights 4 3 2 7 6 5 4 3 2) or the ninth the public-entity one, a
 *       warning otherwise (the SRI does not generate private-company RUCs by an algorithm); 7 and 8: refused.
 * </ul>
 */
class TaxIdProperties {

    private static final String DIGITS = "0123456789";
    private static final String ALPHANUMERIC = DIGITS + "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    private static final int[] RUC_PRIVATE = {4, 3, 2, 7, 6, 5, 4, 3, 2};
    private static final int[] RUC_PUBLIC = {3, 2, 7, 6, 5, 4, 3, 2};
    /** What people paste between the parts of a number: spaces, dashes, dots, slashes of several kinds, invisible marks. */
    private static final List<String> SEPARATORS = List.of("", "", "", ".", "-", "/", " ", "\u00A0", "\u202F", "\u2007",
            "\u2009", "\u3000", "\t", "\u2013", "\u2014", "\u2010", "\u2011", "\u2212", "\u00B7", "\u30FB", "\uFF0E", "\uFF0D",
            "\uFF0F", "\u200B", "\uFEFF", "\u2060", "\u00AD");
    /** Digits of other scripts than 0–9: zero of Arabic-Indic, Extended Arabic-Indic, Devanagari, Bengali, Thai, Tibetan. */
    private static final List<Integer> FOREIGN_ZEROS = List.of(0x0660, 0x06F0, 0x0966, 0x09E6, 0x0E50, 0x0F20);
    private static final Map<String, AtomicLong[]> UNSEEN_BY_FAMILY = new ConcurrentHashMap<>();
    /**
     * The largest share of single-character changes each family's official algorithm may miss (measured over 300
     * tries: CPF 0.1%, RUC of natural persons 0.1%, cédula none; CNPJ 5.5%, because since 2026 any of its first twelve
     * characters may be a letter, and a letter whose value differs from the replaced character's by 11, 22 or 33 weighs
     * the same; RUC of public entities 4.4%, because a changed one may be the RUC of a foreign resident (a cédula with
     * third digit 6 and 001); RUC of companies 7.7%, because a changed one may carry the public-entity check digit the
     * SRI also accepts there; and a RUC without a verified check digit becomes a verified one by a change in 8.1% of
     * cases). Each such changed id is a legal id of somebody else.
     */
    private static final Map<String, Double> BLIND_SPOT_BOUND = Map.of(
            "BR_CPF", 0.005, "BR_CNPJ numeric", 0.07, "BR_CNPJ alphanumeric", 0.07, "EC_CEDULA", 0.0, "EC_RUC natural", 0.006,
            "EC_RUC public", 0.06, "EC_RUC company", 0.095, "EC_RUC unverified", 0.10);

    @Property(tries = 300)
    void givenAnId_whenPastedAnyWay_thenItKeepsItsVerdictAndNormalizes(@ForAll("ids") Sample sample,
            @ForAll("separatorRuns") List<String> separators, @ForAll boolean fullWidth) {
        StringBuilder pasted = new StringBuilder();
        for (int i = 0; i < sample.number().length(); i++) {
            pasted.append(separators.get(i % separators.size()));
            char c = sample.number().charAt(i);
            char written = i % 3 == 0 ? Character.toLowerCase(c) : c;
            pasted.appendCodePoint(fullWidth && i % 2 == 0 ? written - 0x21 + 0xFF01 : written);
        }
        pasted.append(separators.get(0));

        TaxId taxId = TaxId.of(" " + sample.country().toLowerCase() + "\u00A0", pasted.toString());

        assertThat(verdict(taxId)).as(Reference.escaped(pasted.toString())).isEqualTo(sample.expected());
        assertThat(taxId.number()).isEqualTo(sample.number());
        assertThat(taxId.kind()).isEqualTo(sample.kind());
        assertThat(TaxId.of(sample.country(), taxId.formatted())).isEqualTo(taxId);
    }

    @Property(tries = 500)
    void givenAnyPastedText_whenNormalized_thenTheNumberIsTheReferenceFold(@ForAll("pastedTexts") String text) {
        assertThat(TaxId.of("AR", text).number()).as(Reference.escaped(text)).isEqualTo(Reference.fold(text));
    }

    @Property(tries = 300)
    void givenAnId_whenAnySingleCharacterChanges_thenTheVerdictIsTheReferences(@ForAll("ids") Sample sample) {
        String alphabet = sample.kind() == TaxIdKind.BR_CNPJ ? ALPHANUMERIC + "#*" : DIGITS + "AZ#";
        for (int position = 0; position < sample.number().length(); position++) {
            for (char replacement : alphabet.toCharArray()) {
                if (replacement == sample.number().charAt(position)) {
                    continue;
                }
                String mutant = sample.number().substring(0, position) + replacement + sample.number().substring(position + 1);
                Verdict verdict = verdict(TaxId.of(sample.country(), mutant));

                assertThat(verdict).as(sample + " -> " + mutant).isEqualTo(Reference.verdict(sample.country(), mutant));
                if (sample.guaranteedCheckPositions().contains(position) || sample.kind() == TaxIdKind.EC_CEDULA) {
                    assertThat(verdict).as("a change to a guaranteed check digit or to a cédula is always seen: " + mutant)
                            .isEqualTo(Verdict.INVALID);
                }
                AtomicLong[] counts = UNSEEN_BY_FAMILY.computeIfAbsent(sample.family(),
                        f -> new AtomicLong[] {new AtomicLong(), new AtomicLong()});
                counts[0].incrementAndGet();
                if (verdict == Verdict.VALID) {
                    counts[1].incrementAndGet();
                }
            }
        }
    }

    @Property(tries = 300)
    void givenAnId_whenOneDigitIsWrittenInAnotherScript_thenItIsRefused(@ForAll("ids") Sample sample,
            @ForAll("foreignZeros") int zero, @ForAll("positions") int at) {
        int position = at % sample.number().length();
        char original = sample.number().charAt(position);
        if (original < '0' || original > '9') {
            return;
        }
        String foreign = sample.number().substring(0, position) + Character.toString(zero + original - '0')
                + sample.number().substring(position + 1);

        TaxId taxId = TaxId.of(sample.country(), foreign);

        assertThat(taxId.isValid()).as(Reference.escaped(foreign)).isFalse();
        assertThat(Reference.verdict(sample.country(), Reference.fold(foreign))).isEqualTo(Verdict.INVALID);
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
    void givenRegisteredEcuadorianNumbers_whenChecked_thenEachHasTheReferencesVerdict() {
        // Registered numbers of each kind (python-stdnum's test lists), and the two the SRI issues outside the algorithms.
        Map<String, Verdict> registered = Map.ofEntries(
                Map.entry("0962467429001", Verdict.VALID), Map.entry("0926687856001", Verdict.VALID),
                Map.entry("1714307103001", Verdict.VALID), Map.entry("0160000510001", Verdict.VALID),
                Map.entry("0968529830001", Verdict.VALID), Map.entry("1790011674001", Verdict.VALID),
                Map.entry("1792060346001", Verdict.VALID), Map.entry("1793221293001", Verdict.VALID),
                Map.entry("0190115799001", Verdict.UNVERIFIED), Map.entry("1763154690001", Verdict.INVALID),
                Map.entry("0160000610001", Verdict.INVALID), Map.entry("0170000610001", Verdict.INVALID),
                Map.entry("0962467429", Verdict.VALID), Map.entry("1714307103", Verdict.VALID),
                Map.entry("1714307104", Verdict.INVALID), Map.entry("1784307108", Verdict.INVALID),
                Map.entry("8814307107", Verdict.INVALID));

        registered.forEach((number, expected) -> {
            assertThat(verdict(TaxId.of("EC", number))).as(number).isEqualTo(expected);
            assertThat(Reference.verdict("EC", number)).as(number).isEqualTo(expected);
        });
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

    /** The library's verdict, in the reference's terms. */
    private static Verdict verdict(TaxId taxId) {
        if (!taxId.isValid()) {
            return Verdict.INVALID;
        }
        return taxId.warning().isPresent() ? Verdict.UNVERIFIED : Verdict.VALID;
    }

    @Provide
    Arbitrary<List<String>> separatorRuns() {
        return Arbitraries.of(SEPARATORS).list().ofMinSize(1).ofMaxSize(5);
    }

    @Provide
    Arbitrary<String> pastedTexts() {
        Arbitrary<Integer> ascii = Arbitraries.of((DIGITS + "ABCXYZabcxyz").chars().boxed().toList());
        Arbitrary<Integer> separator = Arbitraries.of(SEPARATORS.stream().filter(s -> !s.isEmpty()).map(s -> s.codePointAt(0)).toList());
        Arbitrary<Integer> fullWidth = Arbitraries.oneOf(Arbitraries.integers().between(0xFF10, 0xFF19),
                Arbitraries.integers().between(0xFF21, 0xFF3A), Arbitraries.integers().between(0xFF41, 0xFF5A));
        Arbitrary<Integer> foreign = Combinators.combine(Arbitraries.of(FOREIGN_ZEROS), Arbitraries.integers().between(0, 9))
                .as(Integer::sum);
        return Arbitraries.frequencyOf(Tuple.of(5, ascii), Tuple.of(3, separator), Tuple.of(2, fullWidth), Tuple.of(1, foreign))
                .list().ofMaxSize(20)
                .map(codePoints -> codePoints.stream().collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                        .toString());
    }

    @Provide
    Arbitrary<Integer> foreignZeros() {
        return Arbitraries.of(FOREIGN_ZEROS);
    }

    @Provide
    Arbitrary<Integer> positions() {
        return Arbitraries.integers().between(0, 13);
    }

    @Provide
    Arbitrary<Sample> ids() {
        Arbitrary<String> digits9 = Arbitraries.strings().withChars(DIGITS).ofLength(9);
        Arbitrary<Sample> cpf = digits9.filter(b -> b.chars().distinct().count() > 1)
                .map(b -> new Sample("BR", TaxIdKind.BR_CPF, b + Reference.cpfCheckDigits(b), List.of(9, 10), Verdict.VALID));
        Arbitrary<Sample> numericCnpj = Arbitraries.strings().withChars(DIGITS).ofLength(12)
                .filter(b -> b.chars().distinct().count() > 1)
                .map(b -> new Sample("BR", TaxIdKind.BR_CNPJ, b + Reference.cnpjCheckDigits(b), List.of(12, 13), Verdict.VALID));
        Arbitrary<Sample> alphanumericCnpj = Arbitraries.strings().withChars(ALPHANUMERIC).ofLength(12)
                .filter(b -> b.chars().distinct().count() > 1)
                .map(b -> new Sample("BR", TaxIdKind.BR_CNPJ, b + Reference.cnpjCheckDigits(b), List.of(12, 13), Verdict.VALID));
        Arbitrary<String> province = Arbitraries.oneOf(Arbitraries.integers().between(1, 24), Arbitraries.just(30))
                .map(p -> String.format("%02d", p));
        Arbitrary<String> cedulaBody = Combinators.combine(province, Arbitraries.integers().between(0, 6),
                        Arbitraries.strings().withChars(DIGITS).ofLength(6))
                .as((p, third, rest) -> p + third + rest);
        Arbitrary<Sample> cedula = cedulaBody
                .map(b -> new Sample("EC", TaxIdKind.EC_CEDULA, b + Reference.cedulaCheckDigit(b), List.of(9), Verdict.VALID));
        // With third digit 6, a changed check digit may make the number a public entity's RUC: not guaranteed there.
        Arbitrary<Sample> naturalRuc = cedulaBody
                .map(b -> new Sample("EC", TaxIdKind.EC_RUC, b + Reference.cedulaCheckDigit(b) + "001",
                        b.charAt(2) == '6' ? List.of() : List.of(9), Verdict.VALID));
        Arbitrary<Sample> privateRuc = Combinators.combine(province, Arbitraries.strings().withChars(DIGITS).ofLength(6))
                .as((p, rest) -> p + "9" + rest)
                .filter(b -> Reference.rucCheckDigit(b, RUC_PRIVATE) >= 0)
                .map(b -> new Sample("EC", TaxIdKind.EC_RUC, b + Reference.rucCheckDigit(b, RUC_PRIVATE) + "001", List.of(),
                        Verdict.VALID));
        Arbitrary<Sample> companyRucInPublicFormat = Combinators.combine(province, Arbitraries.strings().withChars(DIGITS).ofLength(5),
                        Arbitraries.integers().between(0, 9))
                .as((p, rest, tenth) -> p + "9" + rest + "|" + tenth)
                .filter(b -> Reference.rucCheckDigit(b, RUC_PUBLIC) >= 0)
                .map(b -> new Sample("EC", TaxIdKind.EC_RUC, b.substring(0, 8) + Reference.rucCheckDigit(b, RUC_PUBLIC)
                        + b.substring(9) + "001", List.of(), Verdict.VALID));
        Arbitrary<Sample> unverifiedRuc = Combinators.combine(province, Arbitraries.strings().withChars(DIGITS).ofLength(7))
                .as((p, rest) -> p + "9" + rest + "001")
                .filter(n -> Reference.rucCheckDigit(n, RUC_PRIVATE) != n.charAt(9) - '0'
                        && Reference.rucCheckDigit(n, RUC_PUBLIC) != n.charAt(8) - '0')
                .map(n -> new Sample("EC", TaxIdKind.EC_RUC, n, List.of(), Verdict.UNVERIFIED));
        Arbitrary<Sample> publicRuc = Combinators.combine(province, Arbitraries.strings().withChars(DIGITS).ofLength(5))
                .as((p, rest) -> p + "6" + rest)
                .filter(b -> Reference.rucCheckDigit(b, RUC_PUBLIC) >= 0)
                .map(b -> new Sample("EC", TaxIdKind.EC_RUC, b + Reference.rucCheckDigit(b, RUC_PUBLIC) + "0001", List.of(),
                        Verdict.VALID));
        return Arbitraries.oneOf(cpf, numericCnpj, alphanumericCnpj, cedula, naturalRuc, privateRuc, companyRucInPublicFormat,
                unverifiedRuc, publicRuc);
    }

    /** What the registries' rules say of a number. */
    enum Verdict { VALID, UNVERIFIED, INVALID }

    /** A generated id, the positions of the check digits its registry guarantees, and its verdict. */
    record Sample(String country, TaxIdKind kind, String number, List<Integer> guaranteedCheckPositions, Verdict expected) {

        String family() {
            return switch (kind) {
                case BR_CNPJ -> number.chars().allMatch(Character::isDigit) ? "BR_CNPJ numeric" : "BR_CNPJ alphanumeric";
                case EC_RUC -> expected == Verdict.UNVERIFIED ? "EC_RUC unverified"
                        : switch (number.charAt(2)) {
                            case '9' -> "EC_RUC company";
                            case '6' -> number.endsWith("0001") ? "EC_RUC public" : "EC_RUC natural";
                            default -> "EC_RUC natural";
                        };
                default -> kind.name();
            };
        }
    }

    /** The reference rules and folding, written independently of production (other formulas, same rules). */
    static final class Reference {

        /** What the reference removes from a pasted number: the separators the generators paste. */
        private static final String SEPARATOR_CHARS = String.join("", SEPARATORS);

        /** A pasted text as the registries write it: full-width forms to ASCII, letters in upper case, separators out. */
        static String fold(String text) {
            StringBuilder out = new StringBuilder();
            text.codePoints().forEach(c -> {
                if (c >= 0xFF10 && c <= 0xFF19) {
                    out.append((char) ('0' + c - 0xFF10));
                } else if (c >= 0xFF21 && c <= 0xFF3A) {
                    out.append((char) ('A' + c - 0xFF21));
                } else if (c >= 0xFF41 && c <= 0xFF5A) {
                    out.append((char) ('A' + c - 0xFF41));
                } else if (c >= 'a' && c <= 'z') {
                    out.append((char) (c - 'a' + 'A'));
                } else if (SEPARATOR_CHARS.indexOf(c) < 0) {
                    out.appendCodePoint(c);
                }
            });
            return out.toString();
        }

        static Verdict verdict(String country, String n) {
            boolean valid;
            if (country.equals("BR")) {
                valid = n.length() == 11 ? cpf(n) : cnpj(n);
            } else if (n.length() == 13) {
                return ruc(n);
            } else {
                valid = cedula(n);
            }
            return valid ? Verdict.VALID : Verdict.INVALID;
        }

        private static boolean cpf(String n) {
            return n.matches("[0-9]{11}") && n.chars().distinct().count() > 1 && n.substring(9).equals(cpfCheckDigits(n.substring(0, 9)));
        }

        private static boolean cnpj(String n) {
            return n.matches("[0-9A-Z]{12}[0-9]{2}") && n.chars().distinct().count() > 1
                    && n.substring(12).equals(cnpjCheckDigits(n.substring(0, 12)));
        }

        private static boolean cedula(String n) {
            return n.matches("[0-9]{10}") && provinceOk(n) && n.charAt(2) <= '6' && n.charAt(9) - '0' == cedulaCheckDigit(n.substring(0, 9));
        }

        private static Verdict ruc(String n) {
            if (!n.matches("[0-9]{13}") || !provinceOk(n)) {
                return Verdict.INVALID;
            }
            boolean natural = cedula(n.substring(0, 10)) && n.endsWith("001");
            boolean publicDigit = rucCheckDigit(n, RUC_PUBLIC) == n.charAt(8) - '0';
            return switch (n.charAt(2)) {
                case '0', '1', '2', '3', '4', '5' -> natural ? Verdict.VALID : Verdict.INVALID;
                case '6' -> natural || (publicDigit && n.endsWith("0001")) ? Verdict.VALID : Verdict.INVALID;
                case '9' -> !n.endsWith("001") ? Verdict.INVALID
                        : rucCheckDigit(n, RUC_PRIVATE) == n.charAt(9) - '0' || publicDigit ? Verdict.VALID : Verdict.UNVERIFIED;
                default -> Verdict.INVALID;
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

        /** The RUC check digit over the first {@code weights.length} digits: 11 minus the remainder, none (-1) for 10. */
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

        static String escaped(String text) {
            StringBuilder out = new StringBuilder();
            text.codePoints().forEach(c -> out.append(c < 0x20 || c > 0x7E ? String.format("\\u%04X", c) : Character.toString(c)));
            return out.toString();
        }

        private Reference() {}
    }
}
