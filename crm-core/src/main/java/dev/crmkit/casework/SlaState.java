package dev.crmkit.casework;

/** Where a case stands against a target of its priority, derived from the business-hours clock and never stored. */
public enum SlaState {

    /** Less than the at-risk share of the target is used. */
    ON_TRACK,

    /** At least the at-risk share of the target is used, and the target is not passed yet. */
    AT_RISK,

    /** The target is passed. */
    BREACHED
}
