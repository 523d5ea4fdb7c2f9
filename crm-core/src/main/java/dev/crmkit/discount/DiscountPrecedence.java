package dev.crmkit.discount;

import dev.crmkit.common.AccountId;
import dev.crmkit.common.CatalogEntryId;
import dev.crmkit.common.ProductId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.Currency;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Which discount policy applies to a quote line: among the policies that <em>hold</em> for it, the most specific
 * one. A policy holds for a line when its validity includes the quote's day, its scope takes in the quote's
 * account, its item takes in the line's product (a free-text line takes no policy) and its condition is met (the
 * line's quantity reaches the minimum quantity; the customer's revenue in the condition's currency over the
 * trailing twelve months reaches the minimum revenue).
 *
 * <p>Policies are compared key by key, the first key that tells two apart deciding:
 * <table>
 * <caption>Discount precedence, most specific first</caption>
 * <tr><th>key</th><th>more specific</th><th>less specific</th></tr>
 * <tr><td>1. scope</td><td>one account &gt; a customer type &gt; a price list</td><td>everyone</td></tr>
 * <tr><td>2. item</td><td>one product &gt; a product group</td><td>all products</td></tr>
 * <tr><td>3. condition</td><td>a minimum revenue &gt; a minimum quantity</td><td>no condition</td></tr>
 * <tr><td>4. minimum (same condition)</td><td>the higher minimum</td><td>the lower one</td></tr>
 * <tr><td>5. percentage</td><td>the larger percentage</td><td>the smaller one</td></tr>
 * <tr><td>6. creation</td><td>the earlier created</td><td>the later one</td></tr>
 * <tr><td>7. id</td><td>the smaller id</td><td>the larger one</td></tr>
 * </table>
 * So an account's policy on all products beats a customer type's policy on one product: the customer is named
 * before the product. The last key makes the order total: exactly one policy applies, or none.
 */
public final class DiscountPrecedence {

    /** The precedence as a comparator: the most specific policy first. */
    public static final Comparator<DiscountPolicy> MOST_SPECIFIC_FIRST = Comparator
            .comparingInt((DiscountPolicy p) -> p.terms().scope().rank()).reversed()
            .thenComparing(Comparator.comparingInt((DiscountPolicy p) -> p.terms().item().rank()).reversed())
            .thenComparing(Comparator.comparingInt((DiscountPolicy p) -> p.terms().condition().rank()).reversed())
            .thenComparing(Comparator.comparing((DiscountPolicy p) -> p.terms().condition().minimum()).reversed())
            .thenComparing(Comparator.comparing((DiscountPolicy p) -> p.terms().percent()).reversed())
            .thenComparing(DiscountPolicy::createdAt)
            .thenComparing(DiscountPolicy::id);

    private DiscountPrecedence() {}

    /**
     * The quote line a policy is weighed for.
     *
     * @param accountId the quote's account
     * @param customerTypeId the account's customer type, or {@code null}
     * @param priceListId the account's price list, or {@code null}
     * @param productId the line's product, or {@code null} for a free-text line
     * @param groupKey the product's group key, or {@code null}
     * @param quantity the line's quantity
     * @param revenue the customer's trailing-twelve-month revenue by currency (a missing currency counts zero)
     * @param day the quote's day
     */
    record Situation(AccountId accountId, CatalogEntryId customerTypeId, CatalogEntryId priceListId,
            ProductId productId, String groupKey, BigDecimal quantity, Map<Currency, BigDecimal> revenue,
            LocalDate day) {}

    /** The policy that applies in a situation: the first, by {@link #MOST_SPECIFIC_FIRST}, of those that hold. */
    static Optional<DiscountPolicy> select(Collection<DiscountPolicy> policies, Situation situation) {
        return policies.stream().filter(p -> holds(p, situation)).min(MOST_SPECIFIC_FIRST);
    }

    /** Whether a policy holds in a situation: validity, scope, item and condition all take it in. */
    static boolean holds(DiscountPolicy policy, Situation situation) {
        DiscountTerms terms = policy.terms();
        return terms.validity().holdsOn(situation.day()) && scopeTakes(terms.scope(), situation)
                && itemTakes(terms.item(), situation) && conditionMet(terms.condition(), situation);
    }

    static boolean scopeTakes(DiscountScope scope, Situation situation) {
        if (scope instanceof DiscountScope.Account a) {
            return a.accountId().equals(situation.accountId());
        } else if (scope instanceof DiscountScope.CustomerType t) {
            return t.customerTypeId().equals(situation.customerTypeId());
        } else if (scope instanceof DiscountScope.PriceList l) {
            return l.priceListId().equals(situation.priceListId());
        }
        return true;
    }

    private static boolean itemTakes(DiscountItem item, Situation situation) {
        if (situation.productId() == null) {
            return false;
        }
        if (item instanceof DiscountItem.Product p) {
            return p.productId().equals(situation.productId());
        } else if (item instanceof DiscountItem.Group g) {
            return Objects.equals(g.groupKey(), situation.groupKey());
        }
        return true;
    }

    private static boolean conditionMet(DiscountCondition condition, Situation situation) {
        if (condition instanceof DiscountCondition.MinimumQuantity q) {
            return situation.quantity().compareTo(q.quantity()) >= 0;
        } else if (condition instanceof DiscountCondition.MinimumRevenue r) {
            return situation.revenue().getOrDefault(r.currency(), BigDecimal.ZERO).compareTo(r.amount()) >= 0;
        }
        return true;
    }
}
