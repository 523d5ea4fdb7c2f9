package dev.crmkit.order;

import dev.crmkit.event.DomainEvent;
import dev.crmkit.event.OrderEvent;
import dev.crmkit.spi.CrmStore;
import dev.crmkit.spi.EventPublisher;
import dev.crmkit.spi.OrderGateway;
import dev.crmkit.spi.TransactionMode;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The event relay's publisher when the host has an order gateway: an {@link OrderEvent.OrderPlaced} first hands its
 * order, read from the store as it is now, to the gateway, then goes to the host's publisher as any event. When the
 * gateway throws, so does this publisher: the event stays in the outbox and the order is offered again.
 */
final class OrderHandOver implements EventPublisher {

    private static final Logger LOG = LoggerFactory.getLogger(OrderHandOver.class);

    private final CrmStore store;
    private final OrderGateway gateway;
    private final EventPublisher publisher;

    OrderHandOver(CrmStore store, OrderGateway gateway, EventPublisher publisher) {
        this.store = store;
        this.gateway = gateway;
        this.publisher = publisher;
    }

    @Override
    public void publish(DomainEvent event) {
        if (event instanceof OrderEvent.OrderPlaced placed) {
            Optional<Order> order = store.inTransaction(placed.meta().tenantId(), TransactionMode.READ_ONLY,
                    uow -> uow.orders().findById(placed.orderId()));
            if (order.isPresent()) {
                gateway.submit(order.get());
            } else {
                // Its account was deleted since, with its orders: there is nothing left to hand over.
                LOG.warn("Order {} of tenant {} is gone (its account was deleted); it is not handed to the gateway",
                        placed.orderId(), placed.meta().tenantId());
            }
        }
        publisher.publish(event);
    }
}
