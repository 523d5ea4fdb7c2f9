package dev.crmkit.common;

/**
 * The optimistic-locking version of an aggregate. A stored aggregate starts at {@link #FIRST} and every
 * successful update adds one; a command that changes an aggregate carries the version the caller last saw,
 * and a stale one is refused with a {@link ConflictException} instead of silently overwriting someone
 * else's change.
 *
 * @param value the version number, never negative
 */
public record Version(long value) implements Comparable<Version> {

    /** The version of an aggregate that has been created but not stored yet. */
    public static final Version UNSAVED = new Version(0);

    /** The version of an aggregate right after it is first stored. */
    public static final Version FIRST = new Version(1);

    /** Checks the value is not negative. */
    public Version {
        if (value < 0) {
            throw InvalidCommandException.single("version", "PositiveOrZero");
        }
    }

    /**
     * Returns the version of the given number.
     *
     * @param value the number
     * @return the version
     */
    public static Version of(long value) {
        return new Version(value);
    }

    /**
     * The version an update of an aggregate at this version produces.
     *
     * @return this version plus one
     */
    public Version next() {
        return new Version(value + 1);
    }

    @Override
    public int compareTo(Version other) {
        return Long.compare(value, other.value);
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
