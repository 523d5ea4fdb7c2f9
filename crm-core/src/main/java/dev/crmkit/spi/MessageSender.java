package dev.crmkit.spi;

import dev.crmkit.campaign.CampaignMessage;

/**
 * The host's sender of campaign messages (its e-mail service), given to {@code Crm.builder().messageSender(...)}.
 *
 * <p>It is called after a newsletter or an offer is launched and committed, by the event relay when it delivers each
 * member's {@code CampaignEvent.CampaignMessageQueued} from the outbox, before the event publisher sees that event.
 * Delivery is at least once: when the sender throws, the member's event stays in the outbox and the message is
 * offered again after the retry policy's backoff (and parked after its last attempt, as any event); a message may also
 * be offered again after the sender took it. <b>The host's duty</b> is therefore to send each message idempotently by
 * the member's id ({@code message.member().id()}): a member it already sent to is acknowledged and ignored. The host
 * then reports delivery, bounce, answer or opt-out through {@code Campaigns.report}.
 *
 * <p>Without a sender ({@link #NONE}, the default), launches still take their members and announce them through the
 * event publisher; nothing is sent.
 */
@FunctionalInterface
public interface MessageSender {

    /** No sender: campaign messages are only announced through the event publisher. */
    MessageSender NONE = message -> {};

    /**
     * Sends one committed campaign message.
     *
     * @param message the campaign, the member and its addresses
     */
    void send(CampaignMessage message);
}
