package dev.crmkit.spi;

import dev.crmkit.common.AccountId;
import dev.crmkit.common.OrderId;
import dev.crmkit.common.QuoteId;
import dev.crmkit.order.Order;
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
