package dev.crmkit.common;

import java.util.UUID;

/**
 * The id of an entry of a pipeline's history.
 *
 * @param value the UUID
 */
public record HistoryEntryId(UUID value) implements Comparable<HistoryEntryId> {

    /** Checks the value is present. */
    public HistoryEntryId {
        Ids.required(value, "historyEntryId");
    }

    /**
     * A new, time-ordered id.
     *
     * @return the id
     */
    public static HistoryEntryId newId() {
        return new HistoryEntryId(Ids.timeOrdered());
    }

    /**
     * Parses the canonical text form of an id.
     *
     * @param text the UUID text
     * @return the id
     * @throws InvalidCommandException naming {@code historyEntryId} when the text is not a UUID
     */
    public static HistoryEntryId of(String text) {
        return new HistoryEntryId(Ids.parseUuid(text, "historyEntryId"));
    }

    /** Orders ids as unsigned numbers: the order of their text and of the databases' uuid types. */
    @Override
    public int compareTo(HistoryEntryId other) {
        return Ids.compareUnsigned(value, other.value);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
