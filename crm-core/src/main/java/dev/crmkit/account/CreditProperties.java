package dev.crmkit.account;

import dev.crmkit.common.Money;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * How an account pays.
 *
 * @param terms cash or credit; {@code null} means {@link CreditTerms#CASH}
 * @param creditDays the days to pay, 0 to 3650; only with {@link CreditTerms#CREDIT}
 * @param creditLimit the credit limit, zero or more, or {@code null} for none
 */
public record CreditProperties(CreditTerms terms, @Min(0) @Max(3650) Integer creditDays, @Valid Money creditLimit) {

    /** Cash, no limit. */
    public static final CreditProperties CASH = new CreditProperties(CreditTerms.CASH, null, null);

    /** Applies the default terms. */
    public CreditProperties {
        terms = terms == null ? CreditTerms.CASH : terms;
    }
}
