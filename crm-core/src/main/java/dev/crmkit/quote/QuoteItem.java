package dev.crmkit.quote;

import dev.crmkit.common.ProductId;
import dev.crmkit.common.Text;
import jakarta.validation.constraints.Size;

/**
 * What a quote line sells: a product of the tenant, or free text.
 *
 * @param productId the product, or {@code null} for a free-text line
 * @param description the words on the line; for a product line given as {@code null}, the product's name
 * @param unit the unit, or {@code null}; for a product line given as {@code null}, the product's unit
 */
public record QuoteItem(ProductId productId, @Size(max = 500) String description, @Size(max = 20) String unit) {

    /** Trims the texts. */
    public QuoteItem {
        description = Text.trimToNull(description);
        unit = Text.trimToNull(unit);
    }
}
