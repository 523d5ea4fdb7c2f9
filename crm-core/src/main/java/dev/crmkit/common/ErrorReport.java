package dev.crmkit.common;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
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

    /**
     * Starts a {@link ErrorReport}; every other part starts empty
     * ({@code null}, an empty collection).
     *
     * @return a builder
     */
    public static Builder builder() {
        Builder builder = new Builder();
        return builder;
    }

    /**
     * Starts a builder from this {@link ErrorReport}: every part as it is here, for the steps to change some.
     *
     * @return a builder holding this record's parts
     */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.type = type;
        builder.code = code;
        builder.field = field;
        builder.message = message;
        builder.violations = violations;
        return builder;
    }

    /**
     * Builds a {@link ErrorReport}, one named step per part. Collection steps take a collection or values, and
     * replace what an earlier step gave.
     */
    public static final class Builder {

        private String type;
        private String code;
        private String field;
        private String message;
        private List<Violation> violations = List.of();

        private Builder() {}

        /**
         * @param value the exception's simple class name ({@code "NotFoundException"}, {@code "InvalidCommandException"}, ...)
         * @return this builder
         */
        public Builder type(String value) {
            this.type = value;
            return this;
        }

        /**
         * @param value the stable code ({@link CrmException#code()})
         * @return this builder
         */
        public Builder code(String value) {
            this.code = value;
            return this;
        }

        /**
         * @param value the field path the error concerns, or {@code null}
         * @return this builder
         */
        public Builder field(String value) {
            this.field = value;
            return this;
        }

        /**
         * @param value the message, in the locale it was rendered in
         * @return this builder
         */
        public Builder message(String value) {
            this.message = value;
            return this;
        }

        /**
         * @param values every violation of an {@link InvalidCommandException}, empty for the other kinds
         * @return this builder
         */
        public Builder violations(Collection<? extends Violation> values) {
            this.violations = values == null ? null : Collections.unmodifiableList(new ArrayList<>(values));
            return this;
        }

        /**
         * @param values every violation of an {@link InvalidCommandException}, empty for the other kinds
         * @return this builder
         */
        public Builder violations(Violation... values) {
            return violations(values == null ? null : Arrays.asList(values));
        }

        /** @return the {@link ErrorReport} of the steps so far, checked as any other when a use case receives it */
        public ErrorReport build() {
            return new ErrorReport(type, code, field, message, violations);
        }
    }
}
