package dev.crmkit.order;

import dev.crmkit.common.AccountId;
import dev.crmkit.common.OrderId;
import dev.crmkit.common.QuoteId;
import java.util.List;

/**
 * Orders of the accounts in the actor's scope: an account outside it, and its quotes and orders, are not found.
 * Every change raises an event and shows on the account's timeline.
 */
public interface Orders {

    /** The most orders {@link #ofAccount} returns at once. */
    int MOST_PER_READ = 500;

    /**
     * Converts an accepted quote, at its current revision, into orders, in one unit of work: one order per route of
     * its lines (a product line goes where its product's route says; a free-text line to the sales office), production
     * first. The quote becomes converted, its open card (if any) is marked converted to a customer, and its account,
     * when a lead or a prospect, becomes a customer. After the commit each order is handed to the host's
     * {@code OrderGateway}.
     *
     * @param command the quote and the version the caller last saw
     * @return the orders made, production first
     */
    List<Order> convert(ConvertQuote command);

    /**
     * Records the host's report of an order's progress, as {@link OrderStatus#next()} allows. Reporting the status
     * the order is in, with the same invoice reference, changes nothing.
     *
     * @param command the order, the status reached, and the invoice reference of an invoicing
     * @return the order as it is now
     */
    Order reportProgress(ReportOrderProgress command);

    /**
     * One order.
     *
     * @param orderId the order
     * @return the order
     */
    Order get(OrderId orderId);

    /**
     * The orders a quote was converted into, production first.
     *
     * @param quoteId a quote of an account in the actor's scope
     * @return its orders, none before its conversion
     */
    List<Order> ofQuote(QuoteId quoteId);

    /**
     * An account's orders, newest first, at most {@code limit}.
     *
     * @param accountId an account in the actor's scope
     * @param limit how many at most, from 1 to {@link #MOST_PER_READ}
     * @return the orders
     */
    List<Order> ofAccount(AccountId accountId, int limit);

    /**
     * An order's history: each step, oldest first, in the reader's language, with who reported it and when.
     *
     * @param orderId the order
     * @return the steps
     */
    List<OrderHistoryLine> history(OrderId orderId);
}
