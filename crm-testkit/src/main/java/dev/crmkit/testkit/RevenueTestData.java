package dev.crmkit.testkit;

import dev.crmkit.CrmSession;
import dev.crmkit.order.ConvertQuote;
import dev.crmkit.order.Order;
import dev.crmkit.order.OrderStatus;
import dev.crmkit.order.ReportOrderProgress;
import dev.crmkit.product.ProductRoute;
import dev.crmkit.quote.ChangeQuoteStatus;
import dev.crmkit.quote.Quote;
import dev.crmkit.quote.QuoteStatus;
import java.util.ArrayList;
import java.util.List;

/** Walks quotes through to revenue for tests: sent, accepted, converted, and each order reported as a host would. */
final class RevenueTestData {

    private RevenueTestData() {}

    /** A draft sent and accepted by the customer. */
    static Quote accepted(CrmSession session, Quote draft) {
        Quote sent = session.quotes().changeStatus(ChangeQuoteStatus.of(draft, QuoteStatus.SENT));
        return session.quotes().changeStatus(ChangeQuoteStatus.of(sent, QuoteStatus.ACCEPTED));
    }

    /** A draft accepted and converted, its orders placed (nothing reported yet). */
    static List<Order> ordered(CrmSession session, Quote draft) {
        return session.orders().convert(ConvertQuote.of(accepted(session, draft)));
    }

    /** An order reported delivered (through production when it is made), now. */
    static Order delivered(CrmSession session, Order order) {
        Order at = session.orders().reportProgress(ReportOrderProgress.of(order, OrderStatus.ACCEPTED));
        if (order.route() == ProductRoute.PRODUCTION) {
            at = session.orders().reportProgress(ReportOrderProgress.of(at, OrderStatus.IN_PRODUCTION));
        }
        return session.orders().reportProgress(ReportOrderProgress.of(at, OrderStatus.DELIVERED));
    }

    /** An order reported delivered and invoiced, now. */
    static Order invoiced(CrmSession session, Order order) {
        return session.orders().reportProgress(ReportOrderProgress.invoiced(delivered(session, order), "NF-" + order.number()));
    }

    /** A draft accepted, converted, and each of its orders delivered and invoiced now. */
    static List<Order> invoiced(CrmSession session, Quote draft) {
        List<Order> orders = new ArrayList<>();
        for (Order order : ordered(session, draft)) {
            orders.add(invoiced(session, order));
        }
        return orders;
    }
}
