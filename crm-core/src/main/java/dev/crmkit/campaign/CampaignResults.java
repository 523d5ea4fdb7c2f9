package dev.crmkit.campaign;

import dev.crmkit.common.CampaignId;
import java.math.BigDecimal;

/**
 * A campaign's results, over the members whose accounts the reader sees.
 *
 * @param campaignId the campaign
 * @param members the members by status and the skipped ones by reason
 * @param attributed the cards, quotes and orders the members brought, and the revenue
 * @param conversionRate the members converted (reported so, or whose account has an attributed order) per member
 *     reached, from 0 to 1 at four decimals; 0 when nobody was reached
 */
public record CampaignResults(CampaignId campaignId, MemberCounts members, Attribution attributed,
        BigDecimal conversionRate) {}
