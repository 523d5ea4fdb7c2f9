package dev.crmkit.campaign;

import dev.crmkit.internal.QuoteOffers;
import dev.crmkit.internal.Session;

/**
 * Builds the package-private service of campaigns for the entry point. It takes only {@code dev.crmkit.internal}
 * types, which host code may not use, so a host reaches the service only through {@code CrmSession}.
 */
public final class CampaignWiring {

    private CampaignWiring() {}

    /**
     * The actor's campaigns.
     *
     * @param session the actor's session
     * @param quoteOffers how an offer's launch makes a quote per member (lent by the quotes)
     * @return the service
     */
    public static Campaigns campaigns(Session session, QuoteOffers quoteOffers) {
        return new CampaignService(session.useCases(), session.caller(), quoteOffers);
    }
}
