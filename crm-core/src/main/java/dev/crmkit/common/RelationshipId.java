package dev.crmkit.common;

import java.util.UUID;

/**
 * The id of a relationship.
 *
 * @param value the UUID
 */
public record RelationshipId(UUID value) implements Comparable<RelationshipId> {

    /** Checks the value is present. */
    public RelationshipId {
        Ids.required(value, "relationshipId");
    }

    /**
     * A new, time-ordered id.
     *
     * @return the id
     */
    public static RelationshipId newId() {
        return new RelationshipId(Ids.timeOrdered());
    }

    /**
     * Parses the canonical text form of an id.
     *
     * @param text the UUID text
     * @return the id
     * @throws InvalidCommandException naming {@code relationshipId} when the text is not a UUID
     */
    public static RelationshipId of(String text) {
        return new RelationshipId(Ids.parseUuid(text, "relationshipId"));
    }

    /** Orders ids as unsigned numbers: the order of their text and of the databases' uuid types. */
    @Override
    public int compareTo(RelationshipId other) {
        return Ids.compareUnsigned(value, other.value);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
