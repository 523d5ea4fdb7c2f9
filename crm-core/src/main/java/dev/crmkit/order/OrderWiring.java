package dev.crmkit.order;

import dev.crmkit.internal.Session;
import dev.crmkit.spi.StoredRecords;

/**
 * Builds the package-private order service for the entry point. It takes only {@code dev.crmkit.internal} types and the host's ports, so a host reaches orders only
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
}
