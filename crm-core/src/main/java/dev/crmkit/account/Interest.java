package dev.crmkit.account;

import dev.crmkit.common.Text;
import java.util.Objects;

/**
 * An account's interest or disinterest in an area, with a note of the needs not yet met that may become
 * offers.
 *
 * @param kind interest or disinterest
 * @param note the note, or {@code null}
 */
public record Interest(InterestKind kind, String note) {

    /** The largest length of a note. */
    public static final int MAX_NOTE = 2000;

    /** Checks the kind and trims the note. */
    public Interest {
        Objects.requireNonNull(kind, "kind");
        note = Text.trimToNull(note);
    }

    @Override
    public String toString() {
        return note == null ? kind.name() : kind + ": " + note;
    }
}
