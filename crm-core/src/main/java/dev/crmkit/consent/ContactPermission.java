package dev.crmkit.consent;

/**
 * Whether a person may be reached on a channel now, and why.
 *
 * @param allowed whether they may be reached
 * @param reason why
 * @param basis the decision the answer rests on, or {@code null} when none was recorded
 */
public record ContactPermission(boolean allowed, Reason reason, Consent basis) {

    /** Why a person may or may not be reached. */
    public enum Reason {
        /** They granted consent (the contact, or the account for all its contacts). */
        GRANTED,
        /** The channel needs no explicit consent, and nobody withdrew it. */
        NOT_REQUIRED,
        /** They withdrew consent (the contact, or the account for all its contacts). */
        WITHDRAWN,
        /** The channel needs explicit consent, and none was granted. */
        NOT_GIVEN
    }
}
