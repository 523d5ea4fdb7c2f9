package dev.crmkit.common;

import java.util.UUID;

/**
 * The id of a campaign.
 *
 * @param value the UUID
 */
public record CampaignId(UUID value) implements Comparable<CampaignId> {

    /** Checks the value is present. */
    public CampaignId {
        Ids.required(value, "campaignId");
    }

    /**
     * A new, time-ordered id.
     *
     * @return the id
     */
    public static CampaignId newId() {
        return new CampaignId(Ids.timeOrdered());
    }

    /**
     * Parses the canonical text form of an id.
     *
     * @param text the UUID text
     * @return the id
     * @throws InvalidCommandException naming {@code segmentId} when the text is not a UUID
     */
    public static CampaignId of(String text) {
        return new CampaignId(Ids.parseUuid(text, "campaignId"));
    }

    /** Orders ids as unsigned numbers: the order of their text and of the databases' uuid types. */
    @Override
    public int compareTo(CampaignId other) {
        return Ids.compareUnsigned(value, other.value);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
