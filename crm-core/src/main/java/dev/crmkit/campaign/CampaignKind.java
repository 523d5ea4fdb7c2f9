package dev.crmkit.campaign;

import dev.crmkit.consent.ConsentChannel;

/** What a campaign does, and so the channel its members must consent to. */
public enum CampaignKind {
    /** A newsletter, sent by e-mail through the host's sender. */
    NEWSLETTER(ConsentChannel.EMAIL, true),
    /** An offer, sent by e-mail through the host's sender, which may carry a quote. */
    OFFER(ConsentChannel.EMAIL, true),
    /** Door-to-door visits, planned into the agenda. */
    VISITS(ConsentChannel.VISIT, false),
    /** Periodic calls, planned into the agenda. */
    CALLS(ConsentChannel.PHONE, false);

    private final ConsentChannel channel;
    private final boolean message;

    CampaignKind(ConsentChannel channel, boolean message) {
        this.channel = channel;
        this.message = message;
    }

    /** @return the channel a member is reached on, whose consent a launch checks */
    public ConsentChannel channel() {
        return channel;
    }

    /** @return whether members receive a message through the host's sender (otherwise an agenda entry is planned) */
    public boolean sendsMessages() {
        return message;
    }
}
