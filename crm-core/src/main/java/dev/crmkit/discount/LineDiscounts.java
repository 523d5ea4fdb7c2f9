package dev.crmkit.discount;

import dev.crmkit.common.ProductId;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * The discounts of one quote being written: the policy that applies to each of its product lines, and how far its
 * author may discount on his own. Everything it needs was read when it was made, so asking line by line costs no
 * further read.
 */
public interface LineDiscounts {

    /**
     * The policy that applies to a product line, by {@link DiscountPrecedence}.
     *
     * @param productId the line's product
     * @param groupKey the product's group key, or {@code null}
     * @param quantity the line's quantity
     * @return the policy, or empty when none holds
     */
    Optional<DiscountPolicy> forLine(ProductId productId, String groupKey, BigDecimal quantity);

    /**
     * The highest discount the quote's author may give on his own, in percent: his own limit, else his team's;
     * empty when he is not limited (an administrator, or a user with neither limit).
     *
     * @return the limit, or empty
     */
    Optional<BigDecimal> manualLimit();
}
