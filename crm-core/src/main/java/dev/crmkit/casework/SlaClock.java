package dev.crmkit.casework;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One service-level clock of a case as read at an instant.
 *
 * @param state where it stands
 * @param target the business time the target allows, or {@code null} without a target
 * @param dueAt when the target falls due, or {@code null} without a target or while the case waits for its customer
 *     (the clock stands still, so the due time is not known until it resumes)
 * @param elapsed the business time counted so far (until the clock stopped, when it did), waits left out
 */
public record SlaClock(SlaState state, Duration target, Instant dueAt, Duration elapsed) {

    /** Checks the mandatory parts. */
    public SlaClock {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(elapsed, "elapsed");
    }

    /** @return the due time, when the clock has one */
    public Optional<Instant> due() {
        return Optional.ofNullable(dueAt);
    }
}
