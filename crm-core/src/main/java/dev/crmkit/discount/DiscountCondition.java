package dev.crmkit.discount;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.math.BigDecimal;
import java.util.Currency;

/**
 * When a discount policy holds, beyond its scope, item and validity: always, from a minimum quantity on the quote
 * line, or from a minimum revenue of the customer over the trailing twelve months, in one currency.
 */
public sealed interface DiscountCondition {

    /**
     * The condition's rank in the precedence: 2 for a minimum revenue, 1 for a minimum quantity, 0 for none.
     *
     * @return the rank
     */
    int rank();

    /**
     * The threshold, compared between two policies of the same condition kind: the higher one is more specific.
     *
     * @return the minimum, or zero for none
     */
    BigDecimal minimum();

    /** Always holds. */
    record None() implements DiscountCondition {
        @Override
        public int rank() {
            return 0;
        }

        @Override
        public BigDecimal minimum() {
            return BigDecimal.ZERO;
        }
    }

    /**
     * Holds for a quote line of at least a quantity.
     *
     * @param quantity the minimum quantity, above zero
     */
    record MinimumQuantity(@NotNull @Positive @Digits(integer = 12, fraction = 4) BigDecimal quantity)
            implements DiscountCondition {

        /** Brings the quantity to four decimals when it has no more, as every store keeps it. */
        public MinimumQuantity {
            quantity = DiscountTerms.scaled(quantity, 4);
        }

        @Override
        public int rank() {
            return 1;
        }

        @Override
        public BigDecimal minimum() {
            return quantity;
        }
    }

    /**
     * Holds when the customer's revenue in a currency over the trailing twelve months reaches an amount.
     *
     * @param amount the minimum revenue, above zero
     * @param currency the currency the revenue is counted in
     */
    record MinimumRevenue(@NotNull @Positive @Digits(integer = 15, fraction = 4) BigDecimal amount,
            @NotNull Currency currency) implements DiscountCondition {

        /** Brings the amount to four decimals when it has no more, as every store keeps it. */
        public MinimumRevenue {
            amount = DiscountTerms.scaled(amount, 4);
        }

        @Override
        public int rank() {
            return 2;
        }

        @Override
        public BigDecimal minimum() {
            return amount;
        }
    }
}
