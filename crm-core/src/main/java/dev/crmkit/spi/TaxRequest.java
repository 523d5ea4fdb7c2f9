package dev.crmkit.spi;

import dev.crmkit.common.AccountId;
import dev.crmkit.common.ProductId;
import dev.crmkit.common.TenantId;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;

/**
 * What a {@link TaxCalculator} is asked about: a quote's lines, after their discounts.
 *
 * @param tenantId the tenant
 * @param accountId the (taxable) account the quote is for
 * @param currency the quote's currency
 * @param lines the lines
 */
public record TaxRequest(TenantId tenantId, AccountId accountId, Currency currency, List<Line> lines) {

    /** Copies the lines. */
    public TaxRequest {
        lines = List.copyOf(lines);
    }

    /**
     * One line to tax.
     *
     * @param productId the product, or {@code null} for a free-text line
     * @param quantity the quantity
     * @param amount the line's total at the currency's scale
     */
    public record Line(ProductId productId, BigDecimal quantity, BigDecimal amount) {}
}
