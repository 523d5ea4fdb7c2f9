package dev.crmkit.common;

import java.util.UUID;

/**
 * The id of a card.
 *
 * @param value the UUID
 */
public record CardId(UUID value) implements Comparable<CardId> {

    /** Checks the value is present. */
    public CardId {
        Ids.required(value, "cardId");
    }

    /**
     * A new, time-ordered id.
     *
     * @return the id
     */
    public static CardId newId() {
        return new CardId(Ids.timeOrdered());
    }

    /**
     * Parses the canonical text form of an id.
     *
     * @param text the UUID text
     * @return the id
     * @throws InvalidCommandException naming {@code cardId} when the text is not a UUID
     */
    public static CardId of(String text) {
        return new CardId(Ids.parseUuid(text, "cardId"));
    }

    /** Orders ids as unsigned numbers: the order of their text and of the databases' uuid types. */
    @Override
    public int compareTo(CardId other) {
        return Ids.compareUnsigned(value, other.value);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
