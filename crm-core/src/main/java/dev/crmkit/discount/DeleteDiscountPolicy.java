package dev.crmkit.discount;

import dev.crmkit.common.DiscountPolicyId;
import dev.crmkit.common.Version;
import jakarta.validation.constraints.NotNull;

/**
 * Deletes a discount policy for good; quote lines it discounted keep their discount and the policy's id.
 *
 * @param policyId the policy
 * @param expectedVersion the version the caller last saw
 */
public record DeleteDiscountPolicy(@NotNull DiscountPolicyId policyId, @NotNull Version expectedVersion) {

    /**
     * Deletes a policy as it was read.
     *
     * @param policy the policy
     * @return the command
     */
    public static DeleteDiscountPolicy of(DiscountPolicy policy) {
        return new DeleteDiscountPolicy(policy.id(), policy.version());
    }
}
