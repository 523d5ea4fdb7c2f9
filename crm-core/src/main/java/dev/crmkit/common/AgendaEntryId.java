package dev.crmkit.common;

import java.util.UUID;

/**
 * The id of an agenda entry.
 *
 * @param value the UUID
 */
public record AgendaEntryId(UUID value) implements Comparable<AgendaEntryId> {

    /** Checks the value is present. */
    public AgendaEntryId {
        Ids.required(value, "agendaEntryId");
    }

    /**
     * A new, time-ordered id.
     *
     * @return the id
     */
    public static AgendaEntryId newId() {
        return new AgendaEntryId(Ids.timeOrdered());
    }

    /**
     * Parses the canonical text form of an id.
     *
     * @param text the UUID text
     * @return the id
     * @throws InvalidCommandException naming {@code agendaEntryId} when the text is not a UUID
     */
    public static AgendaEntryId of(String text) {
        return new AgendaEntryId(Ids.parseUuid(text, "agendaEntryId"));
    }

    /** Orders ids as unsigned numbers: the order of their text and of the databases' uuid types. */
    @Override
    public int compareTo(AgendaEntryId other) {
        return Ids.compareUnsigned(value, other.value);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
