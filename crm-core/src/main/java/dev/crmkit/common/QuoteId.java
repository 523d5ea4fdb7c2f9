package dev.crmkit.common;

import java.util.UUID;

/**
 * The id of a quote (an offer to an account; its revisions share it).
 *
 * @param value the UUID
 */
public record QuoteId(UUID value) implements Comparable<QuoteId> {

    /** Checks the value is present. */
    public QuoteId {
        Ids.required(value, "quoteId");
    }

    /**
     * A new, time-ordered id.
     *
     * @return the id
     */
    public static QuoteId newId() {
        return new QuoteId(Ids.timeOrdered());
    }

    /**
     * Parses the canonical text form of an id.
     *
     * @param text the UUID text
     * @return the id
     * @throws InvalidCommandException naming {@code quoteId} when the text is not a UUID
     */
    public static QuoteId of(String text) {
        return new QuoteId(Ids.parseUuid(text, "quoteId"));
    }

    /** Orders ids as unsigned numbers: the order of their text and of the databases' uuid types. */
    @Override
    public int compareTo(QuoteId other) {
        return Ids.compareUnsigned(value, other.value);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
