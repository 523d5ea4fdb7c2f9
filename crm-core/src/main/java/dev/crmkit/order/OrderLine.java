package dev.crmkit.order;

import dev.crmkit.quote.QuoteLine;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * A line of an order: the quote's line as it was accepted, and its total at the currency's scale as the quote
 * computed it.
 *
 * @param line the quote line copied: item, quantity, unit price and discount
 * @param total the line's total
 */
public record OrderLine(QuoteLine line, BigDecimal total) {

    /** Checks every part is present. */
    public OrderLine {
        Objects.requireNonNull(line, "line");
        Objects.requireNonNull(total, "total");
    }
}
