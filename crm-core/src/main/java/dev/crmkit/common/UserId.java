package dev.crmkit.common;

/**
 * The id of a CRM user: the host's own id of its user (the host owns authentication), up to 128 characters.
 *
 * @param value the host's id of the user
 */
public record UserId(String value) {

    /** The largest length of a user id. */
    public static final int MAX_LENGTH = 128;

    /** Checks the id: not blank, no surrounding blanks or control characters, at most 128 characters. */
    public UserId {
        Ids.hostKey(value, "userId", MAX_LENGTH);
    }

    /**
     * Returns the user id of the given key.
     *
     * @param value the host's id of the user
     * @return the id
     */
    public static UserId of(String value) {
        return new UserId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
