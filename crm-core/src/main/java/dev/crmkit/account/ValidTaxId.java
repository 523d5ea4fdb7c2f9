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
 * A {@link TaxId} must name a known country and, where the country has check digits, pass the registry's rules (a
 * number the rules accept only with a {@link TaxIdWarning} passes here; the use case asks for the warning's
 * acceptance). The violation's code is {@code ValidTaxId}; its message says which part is wrong: the country, an empty
 * number, digits of another script, a length that is no kind of the country's ids, or the kind whose rules refuse it.
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
            } else if (TaxIdRules.hasForeignDigits(taxId.number())) {
                template = "{dev.crmkit.account.ValidTaxId.script}";
            } else if (taxId.kind() == TaxIdKind.OTHER) {
                template = "{dev.crmkit.account.ValidTaxId.format}";
            } else if (!TaxIdRules.hasKindLength(taxId.country(), taxId.number())) {
                template = "{dev.crmkit.account.ValidTaxId." + taxId.country() + "}";
            } else {
                template = "{dev.crmkit.account.ValidTaxId." + taxId.kind().name() + "}";
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(template).addConstraintViolation();
            return false;
        }
    }
}
