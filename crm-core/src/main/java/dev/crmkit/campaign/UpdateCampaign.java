package dev.crmkit.campaign;

import dev.crmkit.common.CampaignId;
import dev.crmkit.common.Version;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Renames a draft campaign, or changes its period or target. Start from the campaign as it was read
 * ({@link #from}) and change what differs.
 *
 * @param campaignId the campaign
 * @param name its name
 * @param period the days it runs
 * @param target its target
 * @param expectedVersion the version the caller last saw
 */
public record UpdateCampaign(
        @NotNull CampaignId campaignId,
        @NotBlank @Size(max = Campaigns.MAX_NAME) String name,
        @NotNull @Valid CampaignPeriod period,
        @NotNull @Valid CampaignTarget target,
        @NotNull Version expectedVersion) {

    /**
     * The campaign as it was read, to change some of its parts.
     *
     * @param campaign the campaign
     * @return the command, changing nothing yet, at the campaign's version
     */
    public static UpdateCampaign from(Campaign campaign) {
        return new UpdateCampaign(campaign.id(), campaign.name(), campaign.period(), campaign.target(), campaign.version());
    }

    /**
     * Starts a builder from the campaign as it was read: every part as it is, at the campaign's version.
     *
     * @param campaign the campaign
     * @return a builder whose steps change some parts
     */
    public static Builder builder(Campaign campaign) {
        return new Builder(from(campaign));
    }

    /** Builds an {@link UpdateCampaign} from a campaign as it was read, one named step per part to change. */
    public static final class Builder {

        private UpdateCampaign command;

        private Builder(UpdateCampaign start) {
            this.command = start;
        }

        /**
         * @param value the new name
         * @return this builder
         */
        public Builder name(String value) {
            command = new UpdateCampaign(command.campaignId, value, command.period, command.target, command.expectedVersion);
            return this;
        }

        /**
         * @param value the new period
         * @return this builder
         */
        public Builder period(CampaignPeriod value) {
            command = new UpdateCampaign(command.campaignId, command.name, value, command.target, command.expectedVersion);
            return this;
        }

        /**
         * @param value the new target
         * @return this builder
         */
        public Builder target(CampaignTarget value) {
            command = new UpdateCampaign(command.campaignId, command.name, command.period, value, command.expectedVersion);
            return this;
        }

        /** @return the command, checked as any other when the use case receives it */
        public UpdateCampaign build() {
            return command;
        }
    }
}
