package dev.crmkit.casework;

import dev.crmkit.common.InvalidCommandException;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The stored instants of one service-level clock of a case, set when the clock is: when the target falls due, when
 * its at-risk share is used, and when the clock stopped. Where the clock stands at a given instant is derived from
 * them ({@link #state}); nothing of it is stored.
 *
 * @param target the business time the target allows, or {@code null} when the case has no target
 * @param dueAt when the target falls due, or {@code null} without a target
 * @param atRiskAt when the at-risk share of the target is used, or {@code null} without a target
 * @param stoppedAt when the clock stopped (the first answer; for the resolution clock, the start of the wait for the
 *     customer or the resolution), or {@code null} while it runs
 */
public record SlaTimes(Duration target, Instant dueAt, Instant atRiskAt, Instant stoppedAt) {

    /** A running clock without a target. */
    public static final SlaTimes NONE = new SlaTimes(null, null, null, null);

    /** Checks a target comes with its instants. */
    public SlaTimes {
        if (target != null) {
            Objects.requireNonNull(dueAt, "dueAt");
            Objects.requireNonNull(atRiskAt, "atRiskAt");
        } else if (dueAt != null || atRiskAt != null) {
            throw InvalidCommandException.single("target", "NotNull");
        }
    }

    /**
     * Where the clock stands.
     *
     * @param now the instant it is read at
     * @param finished whether a stop is final (a met or breached target) rather than a pause
     * @return the state
     */
    public SlaState state(Instant now, boolean finished) {
        if (target == null) {
            return SlaState.NO_TARGET;
        }
        if (stoppedAt != null) {
            return !stoppedAt.isBefore(dueAt) ? SlaState.BREACHED : finished ? SlaState.MET : SlaState.PAUSED;
        }
        if (!now.isBefore(dueAt)) {
            return SlaState.BREACHED;
        }
        return !now.isBefore(atRiskAt) ? SlaState.AT_RISK : SlaState.ON_TRACK;
    }

    /** @return whether the clock runs against a target: it has one and has not stopped */
    public boolean running() {
        return target != null && stoppedAt == null;
    }

    /** @return when the clock stopped, while it stands still */
    public Optional<Instant> stopped() {
        return Optional.ofNullable(stoppedAt);
    }

    SlaTimes stop(Instant at) {
        return new SlaTimes(target, dueAt, atRiskAt, at);
    }
}
