package dev.crmkit.common;

import java.util.UUID;

/**
 * The id of a saved board filter.
 *
 * @param value the UUID
 */
public record SavedFilterId(UUID value) implements Comparable<SavedFilterId> {

    /** Checks the value is present. */
    public SavedFilterId {
        Ids.required(value, "savedFilterId");
    }

    /**
     * A new, time-ordered id.
     *
     * @return the id
     */
    public static SavedFilterId newId() {
        return new SavedFilterId(Ids.timeOrdered());
    }

    /**
     * Parses the canonical text form of an id.
     *
     * @param text the UUID text
     * @return the id
     * @throws InvalidCommandException naming {@code savedFilterId} when the text is not a UUID
     */
    public static SavedFilterId of(String text) {
        return new SavedFilterId(Ids.parseUuid(text, "savedFilterId"));
    }

    /** Orders ids as unsigned numbers: the order of their text and of the databases' uuid types. */
    @Override
    public int compareTo(SavedFilterId other) {
        return Ids.compareUnsigned(value, other.value);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
