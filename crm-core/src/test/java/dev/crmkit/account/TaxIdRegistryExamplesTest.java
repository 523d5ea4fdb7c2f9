package dev.crmkit.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Numbers the registries issue, as people paste them: each was refused before the library followed the registries'
 * own rules and folded pasted text.
 */
class TaxIdRegistryExamplesTest {

    @Test
    void givenACedulaOfAForeignResident_whenChecked_thenItAndTheNaturalPersonRucBuiltOnItAreValid() {
        // The Registro Civil gives foreign residents cédulas with third digit 6; the SRI builds their RUC on them.
        assertThat(TaxId.of("EC", "0962467429").isValid()).isTrue();
        assertThat(TaxId.of("EC", "0962467429").kind()).isEqualTo(TaxIdKind.EC_CEDULA);
        assertThat(TaxId.of("EC", "0962467429001").isValid()).isTrue();
        assertThat(TaxId.of("EC", "0962467428").isValid()).as("a wrong check digit stays wrong").isFalse();
    }

    @Test
    void givenACompanyRucCarryingThePublicEntityCheckDigit_whenChecked_thenItIsValid() {
        assertThat(TaxId.of("EC", "1793221293001").isValid()).isTrue();
    }

    @Test
    void givenAPrivateCompanyRucWithoutAValidCheckDigit_whenChecked_thenItIsNotRefused() {
        // The SRI does not generate private-company RUCs by an algorithm: a check digit that does not match is a warning.
        assertThat(TaxId.of("EC", "0190115799001").isValid()).isTrue();
        assertThat(TaxId.of("EC", "0190115799002").isValid()).as("a RUC still ends in 001").isFalse();
        assertThat(TaxId.of("EC", "0170115799001").isValid()).as("third digit 7 is no kind of RUC").isFalse();
    }

    @Test
    void givenNumbersPastedWithUnicodeSeparatorsOrFullWidthDigits_whenChecked_thenTheyAreTheNumbersTheyShow() {
        TaxId enDash = TaxId.of("BR", "12. ABC.345 /01DE\u201335");
        TaxId noBreakSpace = TaxId.of("BR", "529.982.247-25\u00A0");
        TaxId middleDots = TaxId.of("BR", "529\u00B7982\u00B7247\u201125");
        TaxId fullWidth = TaxId.of("ＢＲ", "\uFF15\uFF12\uFF19\uFF0E\uFF19\uFF18\uFF12\uFF0E\uFF12\uFF14\uFF17\uFF0D\uFF12\uFF15");
        TaxId narrowSpaces = TaxId.of("EC", "1710034065\u202F001\u2007");

        assertThat(enDash.number()).isEqualTo("12ABC34501DE35");
        assertThat(enDash.isValid()).isTrue();
        assertThat(noBreakSpace.number()).isEqualTo("52998224725");
        assertThat(noBreakSpace.kind()).as("a trailing no-break space does not make a CPF a CNPJ").isEqualTo(TaxIdKind.BR_CPF);
        assertThat(noBreakSpace.isValid()).isTrue();
        assertThat(middleDots).isEqualTo(noBreakSpace);
        assertThat(fullWidth).isEqualTo(noBreakSpace);
        assertThat(narrowSpaces.isValid()).isTrue();
        assertThat(narrowSpaces.number()).isEqualTo("1710034065001");
    }

    @Test
    void givenDigitsOfAnotherScript_whenChecked_thenTheNumberIsRefused() {
        assertThat(TaxId.of("BR", "\u0665\u0662\u0669.\u0669\u0668\u0662.\u0662\u0664\u0667-\u0662\u0665").isValid())
                .as("Arabic-Indic digits").isFalse();
        assertThat(TaxId.of("EC", "\u0967\u096D\u0967\u0966\u0966\u0969\u0664\u0966\u096C\u096B").isValid())
                .as("Devanagari digits").isFalse();
        assertThat(TaxId.of("AR", "20\u0661234567").isValid()).as("another country's number too").isFalse();
    }
}
