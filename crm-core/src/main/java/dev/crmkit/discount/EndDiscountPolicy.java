package dev.crmkit.discount;

import dev.crmkit.common.DiscountPolicyId;
import dev.crmkit.common.Version;
import jakarta.validation.constraints.NotNull;

/**
 * Ends a discount policy: its last day becomes yesterday, in the tenant's time zone, so it applies to no quote made
 * from today on and stays listed for the record. A policy that has not started is deleted instead.
 *
 * @param policyId the policy
 * @param expectedVersion the version the caller last saw
 */
public record EndDiscountPolicy(@NotNull DiscountPolicyId policyId, @NotNull Version expectedVersion) {

    /**
     * Ends a policy as it was read.
     *
     * @param policy the policy
     * @return the command
     */
    public static EndDiscountPolicy of(DiscountPolicy policy) {
        return new EndDiscountPolicy(policy.id(), policy.version());
    }
}
