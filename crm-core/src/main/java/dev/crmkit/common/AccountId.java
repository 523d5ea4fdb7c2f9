package dev.crmkit.common;

import java.util.UUID;

/**
 * The id of an account.
 *
 * @param value the UUID
 */
public record AccountId(UUID value) implements Comparable<AccountId> {

    /** Checks the value is present. */
    public AccountId {
        Ids.required(value, "accountId");
    }

    /**
     * A new, time-ordered id.
     *
     * @return the id
     */
    public static AccountId newId() {
        return new AccountId(Ids.timeOrdered());
    }

    /**
     * Parses the canonical text form of an id.
     *
     * @param text the UUID text
     * @return the id
     * @throws InvalidCommandException naming {@code accountId} when the text is not a UUID
     */
    public static AccountId of(String text) {
        return new AccountId(Ids.parseUuid(text, "accountId"));
    }

    /** Orders ids as unsigned numbers: the order of their text and of the databases' uuid types. */
    @Override
    public int compareTo(AccountId other) {
        return Ids.compareUnsigned(value, other.value);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
