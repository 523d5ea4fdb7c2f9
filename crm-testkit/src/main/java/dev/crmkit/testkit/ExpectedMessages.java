package dev.crmkit.testkit;

import java.util.Locale;
import java.util.Map;

/**
 * What the library must say, written down independently of its bundles: the kit checks the bundles
 * against these texts, so a lost or wrong translation fails an adapter's build too.
 */
public final class ExpectedMessages {

    /** Brazilian Portuguese. */
    public static final Locale PT_BR = Locale.forLanguageTag("pt-BR");

    /** Spanish. */
    public static final Locale ES = Locale.forLanguageTag("es");

    private static final Map<String, Map<String, String>> VIOLATIONS = Map.of(
            "NotBlank", Map.of("en", "must not be blank", "pt", "não pode ficar em branco", "es", "no puede estar en blanco"),
            "NotNull", Map.of("en", "is required", "pt", "é obrigatório", "es", "es obligatorio"),
            "Unique", Map.of("en", "is already taken", "pt", "já está em uso", "es", "ya está en uso"));

    private static final Map<String, Map<String, String>> PREFIXES = Map.of(
            "Size", Map.of("en", "size must be between", "pt", "o tamanho deve estar entre", "es", "el tamaño debe estar entre"),
            "UnknownReference", Map.of("en", "refers to \"", "pt", "refere-se a \"", "es", "se refiere a \""),
            "InvalidValue", Map.of("en", "is not a valid value", "pt", "não é um valor válido", "es", "no es un valor válido"),
            "InvalidFormat", Map.of("en", "has an invalid format", "pt", "tem um formato inválido", "es", "tiene un formato inválido"),
            "access-denied", Map.of("en", "Access denied", "pt", "Acesso negado", "es", "Acceso denegado"),
            "not-found", Map.of("en", "Not found", "pt", "Não encontrado", "es", "No encontrado"));

    private ExpectedMessages() {}

    /**
     * The language key of a locale as the library answers it: pt, es, or en for everything else.
     *
     * @param locale the locale, or {@code null}
     * @return "pt", "es" or "en"
     */
    public static String language(Locale locale) {
        if (locale == null) {
            return "en";
        }
        return switch (locale.getLanguage()) {
            case "pt" -> "pt";
            case "es" -> "es";
            default -> "en";
        };
    }

    /**
     * The exact message of a violation code that has a fixed text, or {@code null}.
     *
     * @param code the violation code
     * @param locale the locale
     * @return the message, or {@code null} when the code's message has arguments
     */
    public static String exact(String code, Locale locale) {
        Map<String, String> texts = VIOLATIONS.get(code);
        return texts == null ? null : texts.get(language(locale));
    }

    /**
     * A fragment the message of a code contains in a locale, or {@code null} when the kit has none.
     *
     * @param code a violation code, {@code "access-denied"} or {@code "not-found"}
     * @param locale the locale
     * @return the fragment
     */
    public static String fragment(String code, Locale locale) {
        String exact = exact(code, locale);
        if (exact != null) {
            return exact;
        }
        Map<String, String> texts = PREFIXES.get(code);
        return texts == null ? null : texts.get(language(locale));
    }
}
