package dev.crmkit.campaign;

/** Where one member of a launched campaign stands. */
public enum MemberStatus {
    /** Taken at the launch; its message is on its way to the host's sender. */
    TARGETED,
    /** The host reported its message delivered. */
    SENT,
    /** Its visit or call is planned in the agenda. */
    SCHEDULED,
    /** It answered (a reply, a call back, a visit held). */
    RESPONDED,
    /** It bought: the host or a user reported a conversion. */
    CONVERTED,
    /** It opted out of the campaign's channel (its consent was withdrawn). */
    OPTED_OUT,
    /** Its message could not be delivered. */
    BOUNCED,
    /** Left out at the launch, for the reason the member records. */
    SKIPPED;

    /** @return whether the member was reached: its message delivered or its visit or call planned, or more */
    public boolean reached() {
        return this == SENT || this == SCHEDULED || this == RESPONDED || this == CONVERTED || this == OPTED_OUT;
    }
}
