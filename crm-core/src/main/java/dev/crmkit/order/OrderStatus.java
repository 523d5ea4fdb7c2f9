package dev.crmkit.order;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where an order stands, as the host reports it. The moves form a closed machine:
 *
 * <table>
 *   <caption>Allowed moves</caption>
 *   <tr><th>From</th><th>To</th></tr>
 *   <tr><td>{@code PLACED}</td><td>{@code ACCEPTED}, {@code CANCELLED}</td></tr>
 *   <tr><td>{@code ACCEPTED}</td><td>{@code IN_PRODUCTION}, {@code DELIVERED}, {@code CANCELLED}</td></tr>
 *   <tr><td>{@code IN_PRODUCTION}</td><td>{@code DELIVERED}, {@code CANCELLED}</td></tr>
 *   <tr><td>{@code DELIVERED}</td><td>{@code INVOICED}</td></tr>
 *   <tr><td>{@code INVOICED}, {@code CANCELLED}</td><td>none</td></tr>
 * </table>
 *
 * <p>An order of the sales office may go from accepted straight to delivered; a delivered order can no longer be
 * cancelled, only invoiced.
 */
public enum OrderStatus {
    /** Made from the quote and handed to the host; nothing reported yet. */
    PLACED,
    /** The host took the order in. */
    ACCEPTED,
    /** Being made by production. */
    IN_PRODUCTION,
    /** Delivered to the customer. */
    DELIVERED,
    /** Invoiced, with the host's invoice reference. */
    INVOICED,
    /** Cancelled by the host. */
    CANCELLED;

    /**
     * The statuses an order in this status may move to.
     *
     * @return the next statuses (none for an invoiced or cancelled order)
     */
    public Set<OrderStatus> next() {
        return switch (this) {
            case PLACED -> EnumSet.of(ACCEPTED, CANCELLED);
            case ACCEPTED -> EnumSet.of(IN_PRODUCTION, DELIVERED, CANCELLED);
            case IN_PRODUCTION -> EnumSet.of(DELIVERED, CANCELLED);
            case DELIVERED -> EnumSet.of(INVOICED);
            case INVOICED, CANCELLED -> EnumSet.noneOf(OrderStatus.class);
        };
    }

    /**
     * Whether an order in this status may move to another.
     *
     * @param to the status wanted
     * @return {@code true} when the move is allowed
     */
    public boolean canMoveTo(OrderStatus to) {
        return next().contains(to);
    }

    /**
     * Whether the order is closed: invoiced or cancelled.
     *
     * @return {@code true} when no move is left
     */
    public boolean closed() {
        return next().isEmpty();
    }
}
