package dev.crmkit.spi;

import dev.crmkit.common.AccountId;
import dev.crmkit.common.OrderId;
import dev.crmkit.common.QuoteId;
import dev.crmkit.order.Order;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The orders of a unit of work's tenant. Numbers are unique per tenant, as is a quote's order of each route. */
public interface OrderRepository {

    /**
     * @param id the order
     * @return the order, if the tenant has it
     */
    Optional<Order> findById(OrderId id);

    /**
     * @param quoteId a quote
     * @return the orders it was converted into, in no particular order
     */
    List<Order> findByQuote(QuoteId quoteId);

    /**
     * @param accountId an account
     * @param limit how many at most
     * @return its newest orders (latest placement first, then number), at most {@code limit}
     */
    List<Order> findByAccount(AccountId accountId, int limit);

    /**
     * The realised revenue of an account over consecutive periods: the subtotals of its invoiced orders, summed by
     * period of their invoicing time (an invoiced order changes no more, so its last update is its invoicing) and by
     * currency. Cancelled orders and orders not invoiced yet count nothing.
     *
     * @param accountId an account
     * @param bounds the periods' bounds, ascending: period {@code i} runs from {@code bounds[i]} included to
     *     {@code bounds[i + 1]} excluded; at least two
     * @return the non-zero sums, in no particular order
     */
    List<PeriodAmount> invoicedAmounts(AccountId accountId, List<Instant> bounds);

    /**
     * @param order a new order at {@code Version.UNSAVED}
     * @return the order at {@code Version.FIRST}
     */
    Order insert(Order order);

    /**
     * Stores an order's progress (its status, steps and invoice reference; nothing else of an order changes).
     *
     * @param order the order, at the version it was loaded with
     * @return the order at the next version
     */
    Order update(Order order);

    /**
     * Deletes every order of an account (the account is being deleted).
     *
     * @param accountId the account
     */
    void deleteByAccount(AccountId accountId);
}
