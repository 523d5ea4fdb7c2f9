package dev.crmkit.discount;

import dev.crmkit.account.Account;
import dev.crmkit.common.AccountId;
import dev.crmkit.internal.Context;
import dev.crmkit.internal.Session;
import dev.crmkit.spi.StoredRecords;
import java.time.LocalDate;

/**
 * Builds the package-private discount services for the entry point and for the quotes. It takes only
 * {@code dev.crmkit.internal} types, which host code may not use, so a host reaches discounts only through
 * {@code CrmSession}.
 */
public final class DiscountWiring {

    // Adapters rebuild policies through StoredRecords, which reaches the package-private factory only through what
    // is registered here.
    static {
        StoredRecords.register(StoredRecords.DiscountPolicyFactory.class, DiscountPolicy::reconstitute);
    }

    private DiscountWiring() {}

    /**
     * The tenant's discount policies and limits.
     *
     * @param session the actor's session
     * @return the service
     */
    public static DiscountPolicies policies(Session session) {
        return new DiscountPolicyService(session.useCases(), session.caller());
    }

    /**
     * The discounts of a quote being written in a use case: its candidate policies are read now, with one read.
     *
     * @param context the use case writing the quote
     * @param account the quote's account
     * @param day the quote's day, in the tenant's time zone
     * @return the quote's discounts
     */
    public static LineDiscounts lineDiscounts(Context context, Account account, LocalDate day) {
        return new LineDiscountServices(context, account, day);
    }

    /**
     * Deletes the policies scoped to an account that is being deleted in the use case, each with its history entry
     * and event as if an administrator had deleted it.
     *
     * @param context the use case deleting the account
     * @param accountId the account
     */
    public static void deleteOfAccount(Context context, AccountId accountId) {
        DiscountPolicyService.deleteOfAccount(context, accountId);
    }
}
