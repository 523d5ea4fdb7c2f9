package dev.crmkit.common;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.regex.Pattern;

/**
 * The text is a phone number as people write it: 3 to 20 digits, with an optional leading {@code +} and
 * blanks, dots, dashes, slashes and parentheses between them, at most 40 characters; {@code null} is valid.
 */
@Documented
@Constraint(validatedBy = Phone.Validator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface Phone {

    /** @return the message template */
    String message() default "{dev.crmkit.Phone.message}";

    /** @return the validation groups */
    Class<?>[] groups() default {};

    /** @return the payload */
    Class<? extends Payload>[] payload() default {};

    /** Checks the characters and counts the digits. */
    final class Validator implements ConstraintValidator<Phone, String> {

        private static final Pattern SHAPE = Pattern.compile("\\+?[0-9 ().\\-/]{3,40}");

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null) {
                return true;
            }
            String stripped = value.strip();
            int digits = Text.digits(stripped).length();
            return stripped.length() <= 40 && SHAPE.matcher(stripped).matches() && digits >= 3 && digits <= 20;
        }
    }
}
