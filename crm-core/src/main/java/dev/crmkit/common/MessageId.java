package dev.crmkit.common;

import java.util.UUID;

/**
 * The id of a message in the archive of messages.
 *
 * @param value the UUID
 */
public record MessageId(UUID value) implements Comparable<MessageId> {

    /** Checks the value is present. */
    public MessageId {
        Ids.required(value, "messageId");
    }

    /**
     * A new, time-ordered id.
     *
     * @return the id
     */
    public static MessageId newId() {
        return new MessageId(Ids.timeOrdered());
    }

    /**
     * Parses the canonical text form of an id.
     *
     * @param text the UUID text
     * @return the id
     * @throws InvalidCommandException naming {@code messageId} when the text is not a UUID
     */
    public static MessageId of(String text) {
        return new MessageId(Ids.parseUuid(text, "messageId"));
    }

    /** Orders ids as unsigned numbers: the order of their text and of the databases' uuid types. */
    @Override
    public int compareTo(MessageId other) {
        return Ids.compareUnsigned(value, other.value);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
