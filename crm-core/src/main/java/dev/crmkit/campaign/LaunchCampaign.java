package dev.crmkit.campaign;

import dev.crmkit.common.CampaignId;
import dev.crmkit.common.Version;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/**
 * Launches a draft campaign. A visits or calls campaign needs a plan; an offer may carry quotes, made beforehand or
 * one per member by the launch ({@link OfferQuotes}); a newsletter takes neither.
 *
 * @param campaignId the campaign
 * @param expectedVersion the version the caller last saw
 * @param plan how visits or calls are planned, or {@code null} for a newsletter or an offer
 * @param offer the quotes an offer carries or makes, or {@code null}
 */
public record LaunchCampaign(@NotNull CampaignId campaignId, @NotNull Version expectedVersion, @Valid VisitPlan plan,
        @Valid OfferQuotes offer) {

    /**
     * Launches a newsletter, or an offer without quotes.
     *
     * @param campaign the campaign as read
     * @return the command
     */
    public static LaunchCampaign of(Campaign campaign) {
        return new LaunchCampaign(campaign.id(), campaign.version(), null, null);
    }

    /**
     * Launches visits or calls.
     *
     * @param campaign the campaign as read
     * @param plan how they are planned
     * @return the command
     */
    public static LaunchCampaign planned(Campaign campaign, VisitPlan plan) {
        return new LaunchCampaign(campaign.id(), campaign.version(), plan, null);
    }

    /**
     * Launches an offer carrying quotes, or making one per member ({@link OfferQuotes#perMember}).
     *
     * @param campaign the campaign as read
     * @param offer its quotes
     * @return the command
     */
    public static LaunchCampaign offering(Campaign campaign, OfferQuotes offer) {
        return new LaunchCampaign(campaign.id(), campaign.version(), null, offer);
    }
}
