package dev.crmkit.common;

import java.util.UUID;

/**
 * The id of a discount policy.
 *
 * @param value the UUID
 */
public record DiscountPolicyId(UUID value) implements Comparable<DiscountPolicyId> {

    /** Checks the value is present. */
    public DiscountPolicyId {
        Ids.required(value, "discountPolicyId");
    }

    /**
     * A new, time-ordered id.
     *
     * @return the id
     */
    public static DiscountPolicyId newId() {
        return new DiscountPolicyId(Ids.timeOrdered());
    }

    /**
     * Parses the canonical text form of an id.
     *
     * @param text the UUID text
     * @return the id
     * @throws InvalidCommandException naming {@code discountPolicyId} when the text is not a UUID
     */
    public static DiscountPolicyId of(String text) {
        return new DiscountPolicyId(Ids.parseUuid(text, "discountPolicyId"));
    }

    /** Orders ids as unsigned numbers: the order of their text and of the databases' uuid types. */
    @Override
    public int compareTo(DiscountPolicyId other) {
        return Ids.compareUnsigned(value, other.value);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
