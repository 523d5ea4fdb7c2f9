package dev.crmkit.common;

import java.util.UUID;

/**
 * The id of a pipeline.
 *
 * @param value the UUID
 */
public record PipelineId(UUID value) implements Comparable<PipelineId> {

    /** Checks the value is present. */
    public PipelineId {
        Ids.required(value, "pipelineId");
    }

    /**
     * A new, time-ordered id.
     *
     * @return the id
     */
    public static PipelineId newId() {
        return new PipelineId(Ids.timeOrdered());
    }

    /**
     * Parses the canonical text form of an id.
     *
     * @param text the UUID text
     * @return the id
     * @throws InvalidCommandException naming {@code pipelineId} when the text is not a UUID
     */
    public static PipelineId of(String text) {
        return new PipelineId(Ids.parseUuid(text, "pipelineId"));
    }

    /** Orders ids as unsigned numbers: the order of their text and of the databases' uuid types. */
    @Override
    public int compareTo(PipelineId other) {
        return Ids.compareUnsigned(value, other.value);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
