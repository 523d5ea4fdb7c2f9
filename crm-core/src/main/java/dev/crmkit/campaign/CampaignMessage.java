package dev.crmkit.campaign;

import java.util.List;

/**
 * One newsletter or offer for the host's sender to deliver: the campaign, the member, and where to send it.
 *
 * @param campaign the campaign as stored when the message is handed over
 * @param member the member; its id is the idempotency key (a member handed over twice is sent once)
 * @param recipientName the contact's name for a contact, else the account's legal name
 * @param emails the recipient's e-mail addresses (the contact's for a contact, else the account's)
 */
public record CampaignMessage(Campaign campaign, CampaignMember member, String recipientName, List<String> emails) {

    /** Copies the addresses. */
    public CampaignMessage {
        emails = List.copyOf(emails);
    }
}
