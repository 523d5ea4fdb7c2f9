package dev.crmkit.casework;

/**
 * Where a case stands against a target of its priority, derived from the business-hours clock when it is read and
 * never stored. A running clock is {@link #ON_TRACK}, {@link #AT_RISK} or {@link #BREACHED}; a stopped one is
 * {@link #MET}, {@link #BREACHED} or (the resolution clock of a case waiting for its customer) {@link #PAUSED}.
 */
public enum SlaState {

    /** Less than the at-risk share of the target is used. */
    ON_TRACK,

    /** At least the at-risk share of the target is used, and the target is not passed yet. */
    AT_RISK,

    /** The target is passed (or was, when the clock stopped). */
    BREACHED,

    /** The clock stands still while the case waits for its customer, before its target was passed. */
    PAUSED,

    /** The clock stopped before the target was passed: the first answer was given, or the case resolved, in time. */
    MET,

    /** The case has no target: it has no priority, or its priority has no targets. */
    NO_TARGET
}
