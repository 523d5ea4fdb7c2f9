package dev.crmkit.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class TextTest {

    @Test
    void givenOneNameComposedAndDecomposed_whenKeyed_thenBothHaveOneKeyInFormC() {
        String composed = "  Jos\u00e9   Concei\u00e7\u00e3o ";
        String decomposed = "Jose\u0301 Conceic\u0327a\u0303o";

        assertThat(Text.key(decomposed)).isEqualTo(Text.key(composed)).isEqualTo("jos\u00e9 concei\u00e7\u00e3o");
        assertThat(Text.fold(decomposed)).isEqualTo(Text.fold(composed)).isEqualTo("jose conceicao");
        assertThat(Text.nfc("A\u030a")).isEqualTo("\u00c5");
        assertThat(Text.nfc("plain")).isSameAs(Text.nfc("plain")).isEqualTo("plain");
    }

    @Test
    void givenTextsWithNulsAndSurrogates_whenChecked_thenOnlyNulsAndUnpairedHalvesAreUnstorable() {
        assertThat(Text.unstorableAt("ok \uD83D\uDE00 ok")).isEqualTo(-1);
        assertThat(Text.unstorableAt(null)).isEqualTo(-1);
        assertThat(Text.unstorableAt("a\u0000b")).isEqualTo(1);
        assertThat(Text.unstorableAt("ab\uD83D")).isEqualTo(2);
        assertThat(Text.unstorableAt("\uDE00ab")).isZero();
        assertThat(Text.unstorableAt("a\uD83Db")).isEqualTo(1);
        assertThat(Text.unstorableAt("\uDE00\uD83D")).isZero();
    }

    @Test
    void givenHostKeysWithAnUnpairedSurrogate_whenMade_thenTheyAreRefused() {
        InvalidCommandException user = catchThrowableOfType(InvalidCommandException.class, () -> UserId.of("ana\uD800"));
        InvalidCommandException tenant = catchThrowableOfType(InvalidCommandException.class, () -> TenantId.of("\uDC00acme"));

        assertThat(user.violations()).extracting(Violation::path, Violation::code).containsExactly(tuple("userId", "InvalidFormat"));
        assertThat(tenant.violations()).extracting(Violation::path, Violation::code).containsExactly(tuple("tenantId", "InvalidFormat"));
        assertThat(UserId.of("ana \uD83D\uDE00").value()).isEqualTo("ana \uD83D\uDE00");
    }

    @Test
    void givenDatesAroundTheSupportedRange_whenChecked_thenItsEndsAreInAndTheirNeighboursOut() {
        assertThat(SupportedDates.contains(LocalDate.of(1900, 1, 1))).isTrue();
        assertThat(SupportedDates.contains(LocalDate.of(9999, 12, 31))).isTrue();
        assertThat(SupportedDates.contains(LocalDate.of(1899, 12, 31))).isFalse();
        assertThat(SupportedDates.contains(LocalDate.of(10_000, 1, 1))).isFalse();
        assertThat(SupportedDates.contains(LocalDateTime.of(9999, 12, 31, 23, 59))).isTrue();
        assertThat(SupportedDates.contains(LocalDateTime.MIN)).isFalse();
        assertThat(SupportedDates.contains(Instant.parse("9999-12-31T23:59:59.999999Z"))).isTrue();
        assertThat(SupportedDates.contains(Instant.parse("9999-12-31T23:59:59.9999991Z"))).isFalse();
        assertThat(SupportedDates.contains(Instant.MAX)).isFalse();
        assertThat(SupportedDates.contains(Instant.parse("1900-01-01T00:00:00Z"))).isTrue();

        InvalidCommandException e = catchThrowableOfType(InvalidCommandException.class,
                () -> SupportedDates.check(LocalDate.MAX, "until"));
        assertThat(e.violations()).extracting(Violation::path, Violation::code, Violation::message)
                .containsExactly(tuple("until", "Range", "must be between 1900-01-01 and 9999-12-31"));
    }
}
