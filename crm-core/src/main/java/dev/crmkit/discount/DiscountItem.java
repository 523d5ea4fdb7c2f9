package dev.crmkit.discount;

import dev.crmkit.common.ProductId;
import dev.crmkit.common.Text;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * What a discount policy discounts: one product, the products of a group, or every product line. A free-text
 * quote line is never discounted by a policy. The narrower the item, the higher it ranks in
 * {@link DiscountPrecedence}.
 */
public sealed interface DiscountItem {

    /**
     * The item's rank in the precedence: 2 for one product, 1 for a product group, 0 for all.
     *
     * @return the rank
     */
    int rank();

    /**
     * One product.
     *
     * @param productId the product
     */
    record Product(@NotNull ProductId productId) implements DiscountItem {
        @Override
        public int rank() {
            return 2;
        }
    }

    /**
     * The products of a group, compared as product groups are (case and repeated blanks aside).
     *
     * @param group the product group
     */
    record Group(@NotBlank @Size(max = 120) String group) implements DiscountItem {

        /** Trims the group. */
        public Group {
            group = Text.trimToNull(group);
        }

        /** @return the key the group is compared by */
        public String groupKey() {
            return Text.key(group);
        }

        @Override
        public int rank() {
            return 1;
        }
    }

    /** Every product line. */
    record All() implements DiscountItem {
        @Override
        public int rank() {
            return 0;
        }
    }
}
