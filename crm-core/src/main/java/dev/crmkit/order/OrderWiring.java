package dev.crmkit.order;

import dev.crmkit.internal.Session;
import dev.crmkit.spi.CrmStore;
import dev.crmkit.spi.EventPublisher;
import dev.crmkit.spi.OrderGateway;
import dev.crmkit.spi.StoredRecords;

/**
 * Builds the package-private order service for the entry point, and the relay's hand-over of new orders to the
 * host's gateway. It takes only {@code dev.crmkit.internal} types and the host's ports, so a host reaches orders only
 * through {@code CrmSession}.
 */
public final class OrderWiring {

    // Adapters rebuild orders through StoredRecords, which reaches the package-private factory only through what is
    // registered here.
    static {
        StoredRecords.register(StoredRecords.OrderFactory.class, Order::reconstitute);
    }

    private OrderWiring() {}

    /**
     * The tenant's orders.
     *
     * @param session the actor's session
     * @return the service
     */
    public static Orders orders(Session session) {
        return new OrderService(session.useCases(), session.caller());
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
    public static EventPublisher publisher(CrmStore store, OrderGateway gateway, EventPublisher publisher) {
        return gateway == OrderGateway.NONE ? publisher : new OrderHandOver(store, gateway, publisher);
    }
}
