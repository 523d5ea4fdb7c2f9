package dev.crmkit.consent;

/**
 * Whether a person may be reached on a channel now, and why.
 *
 * @param allowed whether they may be reached
 * @param reason why
 * @param basis the decision the answer rests on, or {@code null} when none was recorded
 */
public record ContactPermission(boolean allowed, Reason reason, Consent basis) {

    /**
     * Decides whether a person may be reached on a channel, as {@link Consents#check} does: a withdrawal of the
     * contact or of its account wins, then a grant of either, then the tenant's rule for the channel.
     *
     * @param decisions the decisions of the person's account and its contacts, oldest first
     * @param settings the tenant's rule of consent
     * @param subject the account or contact
     * @param channel the channel
     * @return the answer and its reason
     */
    public static ContactPermission decide(java.util.List<Consent> decisions, ConsentSettings settings,
            ConsentSubject subject, ConsentChannel channel) {
        java.util.Map<String, Consent> latest = new java.util.HashMap<>();
        for (Consent decision : decisions) {
            latest.put(key(decision.subject(), decision.channel()), decision);
        }
        Consent own = latest.get(key(subject, channel));
        Consent account = subject.contactId() == null ? null : latest.get(key(ConsentSubject.account(subject.accountId()), channel));
        for (Consent decision : new Consent[] {own, account}) {
            if (decision != null && decision.state() == ConsentState.WITHDRAWN) {
                return new ContactPermission(false, Reason.WITHDRAWN, decision);
            }
        }
        for (Consent decision : new Consent[] {own, account}) {
            if (decision != null && decision.state() == ConsentState.GRANTED) {
                return new ContactPermission(true, Reason.GRANTED, decision);
            }
        }
        return settings.explicit(channel) ? new ContactPermission(false, Reason.NOT_GIVEN, null)
                : new ContactPermission(true, Reason.NOT_REQUIRED, null);
    }

    private static String key(ConsentSubject subject, ConsentChannel channel) {
        return subject.contactId() + "/" + channel;
    }

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
