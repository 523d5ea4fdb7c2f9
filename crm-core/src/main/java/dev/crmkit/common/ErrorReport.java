package dev.crmkit.common;

import java.util.List;
import java.util.Locale;

/**
 * An error as a value: what {@code CrmJson} writes for a {@link CrmException}, and what a host sends its own
 * clients (the Spring Boot starter's problem details carry the same fields).
 *
 * @param type the exception's simple class name ({@code "NotFoundException"}, {@code "InvalidCommandException"}, ...)
 * @param code the stable code ({@link CrmException#code()})
 * @param field the field path the error concerns, or {@code null}
 * @param message the message, in the locale it was rendered in
 * @param violations every violation of an {@link InvalidCommandException}, empty for the other kinds
 */
public record ErrorReport(String type, String code, String field, String message, List<Violation> violations) {

    /** Checks the parts and copies the violations. */
    public ErrorReport {
        if (type == null || code == null || message == null) {
            throw new NullPointerException("an error report needs a type, a code and a message");
        }
        violations = violations == null ? List.of() : List.copyOf(violations);
    }

    /**
     * The report of an error, rendered in the error's own {@link CrmException#locale() locale}.
     *
     * @param error the error
     * @return its report
     */
    public static ErrorReport of(CrmException error) {
        return of(error, error.locale());
    }

    /**
     * The report of an error, rendered in a given locale.
     *
     * @param error the error
     * @param locale the locale of the message and the violations ({@code null} means English)
     * @return its report
     */
    public static ErrorReport of(CrmException error, Locale locale) {
        List<Violation> violations = error instanceof InvalidCommandException invalid ? invalid.violations(locale) : List.of();
        return new ErrorReport(error.getClass().getSimpleName(), error.code(), error.field().orElse(null),
                error.getMessage(locale), violations);
    }
}
