package dev.crmkit.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class MessagesTest {

    private static final List<String> BUNDLES = List.of("dev/crmkit/CrmMessages", "dev/crmkit/ValidationMessages");

    @Test
    void givenAnyLocale_whenSupported_thenItIsOneOfTheThreeLanguages() {
        assertThat(Messages.supported(null)).isEqualTo(Locale.ROOT);
        assertThat(Messages.supported(Locale.forLanguageTag("pt-PT"))).isEqualTo(Messages.PORTUGUESE_BRAZIL);
        assertThat(Messages.supported(Locale.forLanguageTag("es-EC"))).isEqualTo(Messages.SPANISH);
        assertThat(Messages.supported(Locale.GERMANY)).isEqualTo(Locale.ROOT);
    }

    @Test
    void givenTheJvmDefaultIsAnotherLanguage_whenEnglishIsAsked_thenEnglishIsAnswered() {
        Locale previous = Locale.getDefault();
        try {
            Locale.setDefault(Messages.PORTUGUESE_BRAZIL);

            assertThat(Messages.format(Locale.ENGLISH, "violation.NotBlank")).isEqualTo("must not be blank");
            assertThat(Messages.format(Locale.JAPANESE, "violation.NotBlank")).isEqualTo("must not be blank");
        } finally {
            Locale.setDefault(previous);
        }
    }

    @Test
    void givenANestedKey_whenFormatted_thenItIsRenderedInTheSameLocale() {
        String message = Messages.format(Messages.SPANISH, "error.not-found", new Messages.Key("entity.user"), "bob", "userId");

        assertThat(message).isEqualTo("No encontrado: usuario \"bob\" (campo userId).");
    }

    @Test
    void givenEveryBundle_whenTranslationsAreCompared_thenEveryLanguageHasEveryKey() throws IOException {
        for (String bundle : BUNDLES) {
            Properties english = load(bundle + ".properties");
            for (String language : List.of("_pt_BR", "_es")) {
                Properties translated = load(bundle + language + ".properties");
                assertThat(translated.stringPropertyNames()).as(bundle + language)
                        .containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
            }
        }
    }

    @Test
    void givenAnException_whenLocalized_thenTheCodeStaysAndTheMessageFollows() {
        CrmException e = new RuleViolationException("user.last-admin", "admin");

        assertThat(e.getMessage()).isEqualTo("The tenant must keep at least one active administrator.");
        e.localize(Messages.PORTUGUESE_BRAZIL);
        assertThat(e.getMessage()).isEqualTo("O locatário deve manter ao menos um administrador ativo.");
        assertThat(e.code()).isEqualTo("rule.user.last-admin");
        assertThat(e.field()).contains("admin");
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessagesTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return properties;
    }
}
