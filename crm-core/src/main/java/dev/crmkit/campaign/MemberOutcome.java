package dev.crmkit.campaign;

/** What the host (or a user) reports about one member after the launch. */
public enum MemberOutcome {
    /** The message was delivered. */
    DELIVERED(MemberStatus.SENT),
    /** The message bounced. */
    BOUNCED(MemberStatus.BOUNCED),
    /** The member answered. */
    RESPONDED(MemberStatus.RESPONDED),
    /** The member bought. */
    CONVERTED(MemberStatus.CONVERTED),
    /** The member opted out of the channel: the withdrawal of consent is recorded too. */
    OPTED_OUT(MemberStatus.OPTED_OUT);

    private final MemberStatus status;

    MemberOutcome(MemberStatus status) {
        this.status = status;
    }

    /** @return the member's status after the report */
    public MemberStatus status() {
        return status;
    }
}
