package dev.crmkit.common;

import java.util.UUID;

/**
 * The id of a contact.
 *
 * @param value the UUID
 */
public record ContactId(UUID value) implements Comparable<ContactId> {

    /** Checks the value is present. */
    public ContactId {
        Ids.required(value, "contactId");
    }

    /**
     * A new, time-ordered id.
     *
     * @return the id
     */
    public static ContactId newId() {
        return new ContactId(Ids.timeOrdered());
    }

    /**
     * Parses the canonical text form of an id.
     *
     * @param text the UUID text
     * @return the id
     * @throws InvalidCommandException naming {@code contactId} when the text is not a UUID
     */
    public static ContactId of(String text) {
        return new ContactId(Ids.parseUuid(text, "contactId"));
    }

    /** Orders ids as unsigned numbers: the order of their text and of the databases' uuid types. */
    @Override
    public int compareTo(ContactId other) {
        return Ids.compareUnsigned(value, other.value);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
