package dev.crmkit.common;

import java.util.UUID;

/**
 * The stable id of a domain event: a consumer that may see an event twice (delivery is at least once)
 * deduplicates by it.
 *
 * @param value the UUID
 */
public record EventId(UUID value) implements Comparable<EventId> {

    /** Checks the value is present. */
    public EventId {
        Ids.required(value, "eventId");
    }

    /**
     * A new, time-ordered id.
     *
     * @return the id
     */
    public static EventId newId() {
        return new EventId(Ids.timeOrdered());
    }

    /**
     * Parses the canonical text form of an id.
     *
     * @param text the UUID text
     * @return the id
     * @throws InvalidCommandException naming {@code eventId} when the text is not a UUID
     */
    public static EventId of(String text) {
        return new EventId(Ids.parseUuid(text, "eventId"));
    }

    /** Orders ids as unsigned numbers: the order of their text and of the databases' uuid types. */
    @Override
    public int compareTo(EventId other) {
        return Ids.compareUnsigned(value, other.value);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
