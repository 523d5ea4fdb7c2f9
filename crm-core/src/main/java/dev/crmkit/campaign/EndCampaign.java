package dev.crmkit.campaign;

import dev.crmkit.common.CampaignId;
import dev.crmkit.common.Version;
import jakarta.validation.constraints.NotNull;

/**
 * Ends a campaign: done, or cancelled.
 *
 * @param campaignId the campaign
 * @param expectedVersion the version the caller last saw
 */
public record EndCampaign(@NotNull CampaignId campaignId, @NotNull Version expectedVersion) {

    /**
     * @param campaign the campaign as read
     * @return the command
     */
    public static EndCampaign of(Campaign campaign) {
        return new EndCampaign(campaign.id(), campaign.version());
    }
}
