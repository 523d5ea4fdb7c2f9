package dev.crmkit.common;

import java.util.UUID;

/**
 * The id of a product's price in a price list.
 *
 * @param value the UUID
 */
public record ProductPriceId(UUID value) implements Comparable<ProductPriceId> {

    /** Checks the value is present. */
    public ProductPriceId {
        Ids.required(value, "productPriceId");
    }

    /**
     * A new, time-ordered id.
     *
     * @return the id
     */
    public static ProductPriceId newId() {
        return new ProductPriceId(Ids.timeOrdered());
    }

    /**
     * Parses the canonical text form of an id.
     *
     * @param text the UUID text
     * @return the id
     * @throws InvalidCommandException naming {@code productPriceId} when the text is not a UUID
     */
    public static ProductPriceId of(String text) {
        return new ProductPriceId(Ids.parseUuid(text, "productPriceId"));
    }

    /** Orders ids as unsigned numbers: the order of their text and of the databases' uuid types. */
    @Override
    public int compareTo(ProductPriceId other) {
        return Ids.compareUnsigned(value, other.value);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
