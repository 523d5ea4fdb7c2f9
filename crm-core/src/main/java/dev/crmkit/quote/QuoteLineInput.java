package dev.crmkit.quote;

import dev.crmkit.common.ProductId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;

/**
 * A line as a command gives it. A product line may leave its unit price out: it comes from the account's price
 * list on the quote's day. Its description and unit, left out, are the product's.
 *
 * @param item the product or free text (a free-text line needs a description)
 * @param quantity the quantity, above zero
 * @param unitPrice the unit price in the quote's currency, or {@code null} for a product's price-list price
 * @param discountPercent the line's own discount in percent, from 0 to 100, or {@code null} for the discount policy
 *     that applies (none when no policy does)
 */
public record QuoteLineInput(
        @NotNull @Valid QuoteItem item,
        @NotNull @Positive @Digits(integer = 12, fraction = 4) BigDecimal quantity,
        @PositiveOrZero @Digits(integer = 15, fraction = 4) BigDecimal unitPrice,
        @PositiveOrZero @DecimalMax("100") @Digits(integer = 3, fraction = 4) BigDecimal discountPercent) {

    /**
     * A product line at the account's price-list price, with no discount.
     *
     * @param productId the product
     * @param quantity the quantity
     * @return the line
     */
    public static QuoteLineInput product(ProductId productId, BigDecimal quantity) {
        return new QuoteLineInput(new QuoteItem(productId, null, null), quantity, null, null);
    }

    /**
     * A free-text line.
     *
     * @param description what is sold
     * @param quantity the quantity
     * @param unitPrice the unit price
     * @return the line
     */
    public static QuoteLineInput text(String description, BigDecimal quantity, BigDecimal unitPrice) {
        return new QuoteLineInput(new QuoteItem(null, description, null), quantity, unitPrice, null);
    }

    /**
     * A stored line as input again, with its price as it was: what an edit starts from. A discount the line took from a
     * policy is left out, so the edit weighs the policies again; a discount of the line's own is kept.
     *
     * @param line the line
     * @return the input
     */
    public static QuoteLineInput of(QuoteLine line) {
        return new QuoteLineInput(line.item(), line.quantity(), line.unitPrice(),
                line.policyId() == null ? line.discountPercent() : null);
    }

    /**
     * @param value the unit price, overriding the price list's
     * @return the line with it
     */
    public QuoteLineInput withUnitPrice(BigDecimal value) {
        return new QuoteLineInput(item, quantity, value, discountPercent);
    }

    /**
     * @param value the discount in percent
     * @return the line with it
     */
    public QuoteLineInput withDiscount(BigDecimal value) {
        return new QuoteLineInput(item, quantity, unitPrice, value);
    }

    /**
     * @param value the quantity
     * @return the line with it
     */
    public QuoteLineInput withQuantity(BigDecimal value) {
        return new QuoteLineInput(item, value, unitPrice, discountPercent);
    }
}
