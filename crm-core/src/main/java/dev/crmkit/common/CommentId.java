package dev.crmkit.common;

import java.util.UUID;

/**
 * The id of a comment on a card.
 *
 * @param value the UUID
 */
public record CommentId(UUID value) implements Comparable<CommentId> {

    /** Checks the value is present. */
    public CommentId {
        Ids.required(value, "commentId");
    }

    /**
     * A new, time-ordered id.
     *
     * @return the id
     */
    public static CommentId newId() {
        return new CommentId(Ids.timeOrdered());
    }

    /**
     * Parses the canonical text form of an id.
     *
     * @param text the UUID text
     * @return the id
     * @throws InvalidCommandException naming {@code commentId} when the text is not a UUID
     */
    public static CommentId of(String text) {
        return new CommentId(Ids.parseUuid(text, "commentId"));
    }

    /** Orders ids as unsigned numbers: the order of their text and of the databases' uuid types. */
    @Override
    public int compareTo(CommentId other) {
        return Ids.compareUnsigned(value, other.value);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
