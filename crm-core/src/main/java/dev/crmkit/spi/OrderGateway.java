package dev.crmkit.spi;

import dev.crmkit.order.Order;

/**
 * The host's receiver of new orders (its ERP, its production planning or its sales office), given to
 * {@code Crm.builder().orderGateway(...)}.
 *
 * <p>It is called after the conversion commits, by the event relay when it delivers the order's
 * {@code OrderEvent.OrderPlaced} from the outbox, before the event publisher sees that event. Delivery is at least
 * once: when the gateway throws, the order's event stays in the outbox and the order is offered again after the
 * retry policy's backoff (and parked after its last attempt, as any event); an order may also be offered again after
 * the gateway took it, when the relay could not record the delivery or the event publisher refused the event.
 * <b>The host's duty</b> is therefore to take each order idempotently by {@link Order#id()}: an order id it already
 * has is acknowledged and ignored. The gateway receives the order as it is stored when it is delivered.
 *
 * <p>Without a gateway ({@link #NONE}, the default), orders are still made, stored and readable through
 * {@code Orders}, and their {@code OrderPlaced} events still reach the event publisher; no order is handed to
 * anything else, and each stays {@code PLACED} until the host reports progress.
 */
@FunctionalInterface
public interface OrderGateway {

    /** No gateway: orders are only stored and announced through the event publisher. */
    OrderGateway NONE = order -> {};

    /**
     * Receives one committed order.
     *
     * @param order the order, with its id, lines and route
     */
    void submit(Order order);
}
