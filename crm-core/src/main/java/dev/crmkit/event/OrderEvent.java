package dev.crmkit.event;

import dev.crmkit.common.AccountId;
import dev.crmkit.common.OrderId;
import dev.crmkit.common.QuoteId;
import dev.crmkit.order.OrderStatus;
import dev.crmkit.product.ProductRoute;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.Set;

/** Events of an order. Each shows on its account's timeline. */
public sealed interface OrderEvent extends DomainEvent, TimelineEvent {

    /** @return the order */
    OrderId orderId();

    /** @return its account */
    AccountId accountId();

    /** @return its number */
    String number();

    @Override
    default AggregateRef aggregate() {
        return new AggregateRef("order", orderId().toString());
    }

    @Override
    default Set<AccountId> timelineAccounts() {
        return Set.of(accountId());
    }

    /**
     * An order was made from an accepted quote. The relay hands the order to the host's {@code OrderGateway} when it
     * delivers this event.
     *
     * @param meta the metadata
     * @param orderId the order
     * @param accountId its account
     * @param number its number
     * @param quoteId the quote converted
     * @param route where it goes
     * @param currency its currency
     * @param subtotal the sum of its lines
     */
    record OrderPlaced(EventMeta meta, OrderId orderId, AccountId accountId, String number, QuoteId quoteId,
            ProductRoute route, Currency currency, BigDecimal subtotal) implements OrderEvent {}

    /**
     * The host reported an order's progress.
     *
     * @param meta the metadata
     * @param orderId the order
     * @param accountId its account
     * @param number its number
     * @param from the status before
     * @param to the status reported
     * @param invoiceReference the invoice reference of an invoicing, otherwise {@code null}
     */
    record OrderProgressed(EventMeta meta, OrderId orderId, AccountId accountId, String number, OrderStatus from,
            OrderStatus to, String invoiceReference) implements OrderEvent {}
}
