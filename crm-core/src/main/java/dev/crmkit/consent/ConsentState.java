package dev.crmkit.consent;

/** What a person decided about being reached on a channel. */
public enum ConsentState {
    /** They agreed to be reached. */
    GRANTED,
    /** They asked not to be reached (an opt-out). */
    WITHDRAWN
}
