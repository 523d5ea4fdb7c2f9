package dev.crmkit.common;

import java.util.UUID;

/**
 * The id of a label of a pipeline.
 *
 * @param value the UUID
 */
public record LabelId(UUID value) implements Comparable<LabelId> {

    /** Checks the value is present. */
    public LabelId {
        Ids.required(value, "labelId");
    }

    /**
     * A new, time-ordered id.
     *
     * @return the id
     */
    public static LabelId newId() {
        return new LabelId(Ids.timeOrdered());
    }

    /**
     * Parses the canonical text form of an id.
     *
     * @param text the UUID text
     * @return the id
     * @throws InvalidCommandException naming {@code labelId} when the text is not a UUID
     */
    public static LabelId of(String text) {
        return new LabelId(Ids.parseUuid(text, "labelId"));
    }

    /** Orders ids as unsigned numbers: the order of their text and of the databases' uuid types. */
    @Override
    public int compareTo(LabelId other) {
        return Ids.compareUnsigned(value, other.value);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
