package dev.crmkit.casework;

import dev.crmkit.common.InvalidCommandException;
import java.time.Instant;
import java.util.Objects;

/**
 * A span during which a case's business-hours clock stands still (the case waited for the customer).
 *
 * @param from when the pause began
 * @param until when it ended (for a pause still running, the instant the clock is read at)
 */
public record ClockPause(Instant from, Instant until) {

    /** Checks the span is present and in order. */
    public ClockPause {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(until, "until");
        if (until.isBefore(from)) {
            throw InvalidCommandException.single("until", "AfterFrom");
        }
    }
}
