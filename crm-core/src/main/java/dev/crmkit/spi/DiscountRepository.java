package dev.crmkit.spi;

import dev.crmkit.common.AccountId;
import dev.crmkit.common.CatalogEntryId;
import dev.crmkit.common.DiscountPolicyId;
import dev.crmkit.common.UserId;
import dev.crmkit.discount.DiscountLimit;
import dev.crmkit.discount.DiscountPolicy;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The discount policies of a unit of work's tenant and its manual-discount limits. */
public interface DiscountRepository {

    /**
     * @param id the policy
     * @return the policy, if the tenant has it
     */
    Optional<DiscountPolicy> findById(DiscountPolicyId id);

    /**
     * @param nameKey a name's key ({@code DiscountTerms.nameKey()})
     * @return the policy with that name, if any
     */
    Optional<DiscountPolicy> findByNameKey(String nameKey);

    /**
     * @return every policy of the tenant, in no particular order
     */
    List<DiscountPolicy> findAll();

    /**
     * The policies that may hold for a quote of an account on a day, with one read: those valid on the day whose
     * scope is the account, its customer type, its price list or everyone. Items and conditions are left to the
     * caller.
     *
     * @param accountId the account
     * @param customerTypeId its customer type, or {@code null}
     * @param priceListId its price list, or {@code null}
     * @param day the quote's day
     * @return the candidates, in no particular order
     */
    List<DiscountPolicy> candidates(AccountId accountId, CatalogEntryId customerTypeId, CatalogEntryId priceListId,
            LocalDate day);

    /**
     * The policies whose scope is one account, which go when the account is deleted.
     *
     * @param accountId the account
     * @return its policies, in no particular order
     */
    List<DiscountPolicy> findByAccount(AccountId accountId);

    /**
     * Whether a policy's scope (a customer type, a price list) or a limit's team is a catalog entry, which may then
     * not be deleted.
     *
     * @param entryId the catalog entry
     * @return {@code true} when a policy or a limit refers to it
     */
    boolean refersTo(CatalogEntryId entryId);

    /**
     * @param policy a new policy at {@code Version.UNSAVED}
     * @return the policy at {@code Version.FIRST}
     */
    DiscountPolicy insert(DiscountPolicy policy);

    /**
     * @param policy the policy, at the version it was loaded with
     * @return the policy at the next version
     */
    DiscountPolicy update(DiscountPolicy policy);

    /**
     * @param policy the policy, at the version it was loaded with
     */
    void delete(DiscountPolicy policy);

    /**
     * @return the tenant's limits, in no particular order
     */
    List<DiscountLimit> limits();

    /**
     * The limits that bear on one user, with one read: his own and his team's.
     *
     * @param userId the user
     * @param teamId his team, or {@code null}
     * @return those set, at most two
     */
    List<DiscountLimit> limitsOf(UserId userId, CatalogEntryId teamId);

    /**
     * Sets a limit, replacing the one of the same subject.
     *
     * @param limit the limit
     */
    void setLimit(DiscountLimit limit);

    /**
     * Removes the limit of a subject, if it has one.
     *
     * @param subject the user or team
     * @return whether there was one
     */
    boolean removeLimit(DiscountLimit.Subject subject);

    /**
     * Appends to a policy's history; the history outlives the policy's deletion.
     *
     * @param record the event and the actor's name of the time
     */
    void appendHistory(DiscountHistoryRecord record);

    /**
     * @param policyId a policy, deleted or not
     * @return its history, oldest first
     */
    List<DiscountHistoryRecord> history(DiscountPolicyId policyId);
}
