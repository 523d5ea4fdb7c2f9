package dev.crmkit.discount;

import dev.crmkit.common.DiscountPolicyId;
import dev.crmkit.history.TimelineEntry;
import java.util.List;

/**
 * The tenant's discount policies and manual-discount limits. Every user reads them; only an administrator
 * creates, changes, ends or deletes a policy, or sets a limit. Every change raises an event. A quote line with no
 * discount of its own takes the policy {@link DiscountPrecedence} picks.
 */
public interface DiscountPolicies {

    /**
     * Creates a policy.
     *
     * @param terms what it says; its name must be free in the tenant and what it names must exist
     * @return the stored policy
     */
    DiscountPolicy create(DiscountTerms terms);

    /**
     * Replaces a policy's terms.
     *
     * @param command the policy, its new terms and the version the caller last saw
     * @return the stored policy
     */
    DiscountPolicy update(UpdateDiscountPolicy command);

    /**
     * Ends a policy: its last day becomes yesterday (an already ended policy is left as it is).
     *
     * @param command the policy and the version the caller last saw
     * @return the stored policy
     */
    DiscountPolicy end(EndDiscountPolicy command);

    /**
     * Deletes a policy.
     *
     * @param command the policy and the version the caller last saw
     */
    void delete(DeleteDiscountPolicy command);

    /**
     * One policy.
     *
     * @param policyId the policy
     * @return the policy
     */
    DiscountPolicy get(DiscountPolicyId policyId);

    /**
     * The tenant's policies, the most specific first ({@link DiscountPrecedence#MOST_SPECIFIC_FIRST}).
     *
     * @return the policies
     */
    List<DiscountPolicy> list();

    /**
     * A policy's history, oldest first: its creation, each change of its terms (its end included) and its deletion,
     * with who did it and the changed fields, in the reader's language. A deleted policy's history stays readable.
     *
     * @param policyId the policy
     * @return the entries (a policy the tenant never had is not found)
     */
    List<TimelineEntry> history(DiscountPolicyId policyId);

    /**
     * Sets or removes a user's or a team's manual-discount limit.
     *
     * @param command the user or team and the limit
     */
    void setLimit(SetDiscountLimit command);

    /**
     * The tenant's manual-discount limits, users' before teams'.
     *
     * @return the limits
     */
    List<DiscountLimit> limits();
}
