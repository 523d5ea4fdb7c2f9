package dev.crmkit.campaign;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Creates a draft campaign owned by the actor.
 *
 * @param name its name, unique in the tenant
 * @param kind newsletter, offer, visits or calls
 * @param period the days it runs
 * @param target a segment the actor sees, or accounts and contacts in the actor's scope
 */
public record CreateCampaign(
        @NotBlank @Size(max = Campaigns.MAX_NAME) String name,
        @NotNull CampaignKind kind,
        @NotNull @Valid CampaignPeriod period,
        @NotNull @Valid CampaignTarget target) {}
