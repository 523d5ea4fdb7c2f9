package dev.crmkit.common;

import java.util.UUID;

/**
 * The id of a segment: a saved account query.
 *
 * @param value the UUID
 */
public record SegmentId(UUID value) implements Comparable<SegmentId> {

    /** Checks the value is present. */
    public SegmentId {
        Ids.required(value, "segmentId");
    }

    /**
     * A new, time-ordered id.
     *
     * @return the id
     */
    public static SegmentId newId() {
        return new SegmentId(Ids.timeOrdered());
    }

    /**
     * Parses the canonical text form of an id.
     *
     * @param text the UUID text
     * @return the id
     * @throws InvalidCommandException naming {@code segmentId} when the text is not a UUID
     */
    public static SegmentId of(String text) {
        return new SegmentId(Ids.parseUuid(text, "segmentId"));
    }

    /** Orders ids as unsigned numbers: the order of their text and of the databases' uuid types. */
    @Override
    public int compareTo(SegmentId other) {
        return Ids.compareUnsigned(value, other.value);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
