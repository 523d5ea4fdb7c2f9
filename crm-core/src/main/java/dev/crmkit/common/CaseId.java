package dev.crmkit.common;

import java.util.UUID;

/**
 * The id of a service case.
 *
 * @param value the UUID
 */
public record CaseId(UUID value) implements Comparable<CaseId> {

    /** Checks the value is present. */
    public CaseId {
        Ids.required(value, "caseId");
    }

    /**
     * A new, time-ordered id.
     *
     * @return the id
     */
    public static CaseId newId() {
        return new CaseId(Ids.timeOrdered());
    }

    /**
     * Parses the canonical text form of an id.
     *
     * @param text the UUID text
     * @return the id
     * @throws InvalidCommandException naming {@code caseId} when the text is not a UUID
     */
    public static CaseId of(String text) {
        return new CaseId(Ids.parseUuid(text, "caseId"));
    }

    /** Orders ids as unsigned numbers: the order of their text and of the databases' uuid types. */
    @Override
    public int compareTo(CaseId other) {
        return Ids.compareUnsigned(value, other.value);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
