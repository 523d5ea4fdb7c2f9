package dev.crmkit.common;

import java.util.UUID;

/**
 * The id of a campaign's member: one account, or one contact of it, a campaign reached or skipped. The host's idempotency key for the message sent to it.
 *
 * @param value the UUID
 */
public record CampaignMemberId(UUID value) implements Comparable<CampaignMemberId> {

    /** Checks the value is present. */
    public CampaignMemberId {
        Ids.required(value, "campaignMemberId");
    }

    /**
     * A new, time-ordered id.
     *
     * @return the id
     */
    public static CampaignMemberId newId() {
        return new CampaignMemberId(Ids.timeOrdered());
    }

    /**
     * Parses the canonical text form of an id.
     *
     * @param text the UUID text
     * @return the id
     * @throws InvalidCommandException naming {@code segmentId} when the text is not a UUID
     */
    public static CampaignMemberId of(String text) {
        return new CampaignMemberId(Ids.parseUuid(text, "campaignMemberId"));
    }

    /** Orders ids as unsigned numbers: the order of their text and of the databases' uuid types. */
    @Override
    public int compareTo(CampaignMemberId other) {
        return Ids.compareUnsigned(value, other.value);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
