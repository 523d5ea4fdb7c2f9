package dev.crmkit.common;

import java.util.UUID;

/**
 * The id of a product or service a tenant sells.
 *
 * @param value the UUID
 */
public record ProductId(UUID value) implements Comparable<ProductId> {

    /** Checks the value is present. */
    public ProductId {
        Ids.required(value, "productId");
    }

    /**
     * A new, time-ordered id.
     *
     * @return the id
     */
    public static ProductId newId() {
        return new ProductId(Ids.timeOrdered());
    }

    /**
     * Parses the canonical text form of an id.
     *
     * @param text the UUID text
     * @return the id
     * @throws InvalidCommandException naming {@code productId} when the text is not a UUID
     */
    public static ProductId of(String text) {
        return new ProductId(Ids.parseUuid(text, "productId"));
    }

    /** Orders ids as unsigned numbers: the order of their text and of the databases' uuid types. */
    @Override
    public int compareTo(ProductId other) {
        return Ids.compareUnsigned(value, other.value);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
