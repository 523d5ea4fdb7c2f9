package dev.crmkit.internal;

import dev.crmkit.event.DomainEvent;
import dev.crmkit.event.OrderEvent;
import dev.crmkit.order.Order;
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
public final class OrderHandOver implements EventPublisher {

    private static final Logger LOG = LoggerFactory.getLogger(OrderHandOver.class);

    private final CrmStore store;
    private final OrderGateway gateway;
    private final EventPublisher publisher;

    private OrderHandOver(CrmStore store, OrderGateway gateway, EventPublisher publisher) {
        this.store = store;
        this.gateway = gateway;
        this.publisher = publisher;
    }

    /**
     * The publisher the event relay hands events to: the host's own, behind the hand-over of each new order to the
     * host's gateway. Without a gateway ({@link OrderGateway#NONE}) it is the host's publisher itself.
     *
     * @param store the store the orders are read from at their delivery
     * @param gateway the host's order gateway
     * @param publisher the host's event publisher
     * @return the publisher for the relay
     */
    public static EventPublisher around(CrmStore store, OrderGateway gateway, EventPublisher publisher) {
        return gateway == OrderGateway.NONE ? publisher : new OrderHandOver(store, gateway, publisher);
    }

    /**
     * Hands a new order to the gateway, then the event to the host's publisher; throws when either throws.
     *
     * @param event the event
     */
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
