package dev.crmkit.account;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A {@link TaxId} must name a known country and, where the country has check digits, carry correct ones.
 * The violation's code is {@code ValidTaxId}; its message says which part is wrong.
 */
@Documented
@Constraint(validatedBy = ValidTaxId.Validator.class)
@Target({ElementType.TYPE, ElementType.FIELD, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface ValidTaxId {

    /** @return the message template */
    String message() default "{dev.crmkit.account.ValidTaxId.message}";

    /** @return the validation groups */
    Class<?>[] groups() default {};

    /** @return the payload */
    Class<? extends Payload>[] payload() default {};

    /** Checks a {@link TaxId}; {@code null} is left to {@code @NotNull}. */
    final class Validator implements ConstraintValidator<ValidTaxId, TaxId> {

        @Override
        public boolean isValid(TaxId taxId, ConstraintValidatorContext context) {
            if (taxId == null || taxId.isValid()) {
                return true;
            }
            String template;
            if (!TaxIdRules.isCountry(taxId.country())) {
                template = "{dev.crmkit.account.ValidTaxId.country}";
            } else if (taxId.number() == null || taxId.number().isEmpty()) {
                template = "{dev.crmkit.account.ValidTaxId.empty}";
            } else if (taxId.kind() == TaxIdKind.OTHER) {
                template = "{dev.crmkit.account.ValidTaxId.format}";
            } else {
                template = "{dev.crmkit.account.ValidTaxId." + taxId.kind().name() + "}";
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(template).addConstraintViolation();
            return false;
        }
    }
}
