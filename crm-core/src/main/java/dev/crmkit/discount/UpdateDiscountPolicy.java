package dev.crmkit.discount;

import dev.crmkit.common.DiscountPolicyId;
import dev.crmkit.common.Version;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.function.UnaryOperator;

/**
 * Replaces a discount policy's terms. Start from what was read, {@code UpdateDiscountPolicy.from(policy)}. Quotes
 * already made keep the discount they took.
 *
 * @param policyId the policy
 * @param expectedVersion the version the caller last saw
 * @param terms the new terms
 */
public record UpdateDiscountPolicy(
        @NotNull DiscountPolicyId policyId, @NotNull Version expectedVersion, @NotNull @Valid DiscountTerms terms) {

    /**
     * The edit that changes nothing of a policy as it was read.
     *
     * @param policy the policy
     * @return the command, at the policy's version
     */
    public static UpdateDiscountPolicy from(DiscountPolicy policy) {
        return new UpdateDiscountPolicy(policy.id(), policy.version(), policy.terms());
    }

    /**
     * @param value the new terms
     * @return the command with them
     */
    public UpdateDiscountPolicy withTerms(DiscountTerms value) {
        return new UpdateDiscountPolicy(policyId, expectedVersion, value);
    }

    /**
     * @param change a change of the terms' builder ({@code b -> b.percent(new BigDecimal("7.5"))})
     * @return the command with the changed terms
     */
    public UpdateDiscountPolicy changing(UnaryOperator<DiscountTerms.Builder> change) {
        return withTerms(change.apply(terms.toBuilder()).build());
    }
}
