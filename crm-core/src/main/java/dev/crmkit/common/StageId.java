package dev.crmkit.common;

import java.util.UUID;

/**
 * The id of a stage of a pipeline.
 *
 * @param value the UUID
 */
public record StageId(UUID value) implements Comparable<StageId> {

    /** Checks the value is present. */
    public StageId {
        Ids.required(value, "stageId");
    }

    /**
     * A new, time-ordered id.
     *
     * @return the id
     */
    public static StageId newId() {
        return new StageId(Ids.timeOrdered());
    }

    /**
     * Parses the canonical text form of an id.
     *
     * @param text the UUID text
     * @return the id
     * @throws InvalidCommandException naming {@code stageId} when the text is not a UUID
     */
    public static StageId of(String text) {
        return new StageId(Ids.parseUuid(text, "stageId"));
    }

    /** Orders ids as unsigned numbers: the order of their text and of the databases' uuid types. */
    @Override
    public int compareTo(StageId other) {
        return Ids.compareUnsigned(value, other.value);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
