package dev.crmkit.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crmkit.account.TaxId;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TaxIdSamplesTest {

    @Test
    void aBodyOfOneRepeatedDigitIsSkippedBecauseTheLibraryRejectsItsCpf() {
        // 100,000,000 + 11,111,111: the sequence's number that once made 11111111111.
        assertThat(TaxIdSamples.cpfBody(11_111_111L)).isEqualTo("111111111");
        assertThat(TaxIdSamples.isCpfBody("111111111")).isFalse();
        assertThat(TaxIdSamples.isCpfBody("111111112")).isTrue();
        assertThat(TaxId.of("BR", TaxIdSamples.cpf("111111111")).isValid()).isFalse();
    }

    @Test
    void samplesAreValidAndDistinct() {
        Set<TaxId> seen = new HashSet<>();
        for (int i = 0; i < 1_000; i++) {
            TaxId cpf = TaxIdSamples.cpf();
            TaxId cnpj = TaxIdSamples.cnpj();
            assertThat(cpf.isValid()).as(cpf.number()).isTrue();
            assertThat(cnpj.isValid()).as(cnpj.number()).isTrue();
            assertThat(seen.add(cpf)).isTrue();
            assertThat(seen.add(cnpj)).isTrue();
        }
    }
}
