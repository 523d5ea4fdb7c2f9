package dev.crmkit.common;

import java.util.UUID;

/**
 * The id of an order (what a converted quote became, one per route).
 *
 * @param value the UUID
 */
public record OrderId(UUID value) implements Comparable<OrderId> {

    /** Checks the value is present. */
    public OrderId {
        Ids.required(value, "orderId");
    }

    /**
     * A new, time-ordered id.
     *
     * @return the id
     */
    public static OrderId newId() {
        return new OrderId(Ids.timeOrdered());
    }

    /**
     * Parses the canonical text form of an id.
     *
     * @param text the UUID text
     * @return the id
     * @throws InvalidCommandException naming {@code orderId} when the text is not a UUID
     */
    public static OrderId of(String text) {
        return new OrderId(Ids.parseUuid(text, "orderId"));
    }

    /** Orders ids as unsigned numbers: the order of their text and of the databases' uuid types. */
    @Override
    public int compareTo(OrderId other) {
        return Ids.compareUnsigned(value, other.value);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
