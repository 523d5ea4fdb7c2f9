package dev.crmkit.quote;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A tax on a quote, as the host's tax calculator named and computed it, at the currency's scale.
 *
 * @param name the tax's name ({@code "ICMS"}, {@code "VAT"})
 * @param amount the amount
 */
public record QuoteTax(String name, BigDecimal amount) {

    /** Checks both parts are present. */
    public QuoteTax {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(amount, "amount");
    }
}
