package dev.crmkit.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** {@link AccountDetails#normalized()}: what it cleans, and that details already clean are kept as they are. */
class AccountDetailsTest {

    @Test
    void givenMixedCaseRepeatedEmailsAndRepeatedPhones_whenNormalized_thenLoweredWithoutRepeatsAndDefaultsFilled() {
        AccountDetails normalized = details(List.of("Ana@Acme.com", "ana@acme.com", "bo@acme.com"),
                List.of("+55 11 5555-0100", "+55 11 5555-0100")).normalized();

        assertThat(normalized.emails()).containsExactly("ana@acme.com", "bo@acme.com");
        assertThat(normalized.phones()).containsExactly("+55 11 5555-0100");
        assertThat(normalized.address()).isEqualTo(Address.EMPTY);
        assertThat(normalized.customer()).isEqualTo(CustomerProperties.DEFAULT);
        assertThat(normalized.credit()).isEqualTo(CreditProperties.CASH);
    }

    @Test
    void givenLowerCaseButRepeatedEmails_whenNormalized_thenTheRepeatIsRemoved() {
        AccountDetails clean = details(List.of("ana@acme.com"), List.of()).normalized();
        AccountDetails repeated = new AccountDetails(PersonKind.LEGAL, "Acme", null, null, null,
                List.of("ana@acme.com", "ana@acme.com"), List.of(), null, null, clean.address(), clean.customer(),
                clean.credit(), null, false);

        assertThat(repeated.normalized().emails()).containsExactly("ana@acme.com");
    }

    @Test
    void givenNormalizedDetails_whenNormalizedAgain_thenTheSameInstanceIsKept() {
        AccountDetails normalized = details(List.of("Ana@Acme.com", "bo@acme.com"), List.of("1", "2")).normalized();

        assertThat(normalized.normalized()).isSameAs(normalized);
    }

    @Property(tries = 500)
    void givenAnyDetails_whenNormalizedTwice_thenTheSecondTimeChangesNothing(@ForAll("texts") List<String> emails,
            @ForAll("texts") List<String> phones) {
        AccountDetails once = details(emails, phones).normalized();

        assertThat(once.normalized()).isEqualTo(once);
        assertThat(once.emails()).doesNotHaveDuplicates().allSatisfy(e -> assertThat(e).isLowerCase());
        assertThat(once.phones()).doesNotHaveDuplicates();
    }

    @Provide
    Arbitrary<List<String>> texts() {
        return Arbitraries.strings().withChars("aAbB@.İ").ofMinLength(1).ofMaxLength(4).list().ofMaxSize(12);
    }

    private static AccountDetails details(List<String> emails, List<String> phones) {
        return new AccountDetails(PersonKind.LEGAL, "Acme", null, null, null, emails, phones, null, null, null, null, null,
                null, false);
    }
}
