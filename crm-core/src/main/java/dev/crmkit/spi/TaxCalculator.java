package dev.crmkit.spi;

import dev.crmkit.quote.QuoteTax;
import java.util.List;

/**
 * Where a quote's taxes come from: the host's tax rules implement it. It is asked only for accounts marked taxable,
 * inside the unit of work that writes the quote, so it must not call the CRM back; the CRM rounds each amount
 * half-even to the currency's scale.
 */
@FunctionalInterface
public interface TaxCalculator {

    /** A calculator that computes no tax (the default). */
    TaxCalculator NONE = request -> List.of();

    /**
     * The taxes of a quote's lines.
     *
     * @param request the tenant, account, currency and lines
     * @return the taxes, each named; none for no tax
     */
    List<QuoteTax> taxes(TaxRequest request);
}
