package dev.crmkit.common;

import java.util.UUID;

/**
 * The id of a document.
 *
 * @param value the UUID
 */
public record DocumentId(UUID value) implements Comparable<DocumentId> {

    /** Checks the value is present. */
    public DocumentId {
        Ids.required(value, "documentId");
    }

    /**
     * A new, time-ordered id.
     *
     * @return the id
     */
    public static DocumentId newId() {
        return new DocumentId(Ids.timeOrdered());
    }

    /**
     * Parses the canonical text form of an id.
     *
     * @param text the UUID text
     * @return the id
     * @throws InvalidCommandException naming {@code documentId} when the text is not a UUID
     */
    public static DocumentId of(String text) {
        return new DocumentId(Ids.parseUuid(text, "documentId"));
    }

    /** Orders ids as unsigned numbers: the order of their text and of the databases' uuid types. */
    @Override
    public int compareTo(DocumentId other) {
        return Ids.compareUnsigned(value, other.value);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
