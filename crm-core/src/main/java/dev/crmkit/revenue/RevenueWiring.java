package dev.crmkit.revenue;

import dev.crmkit.internal.Session;

/**
 * Builds the package-private services of revenue for the entry point. It takes only {@code dev.crmkit.internal}
 * types, which host code may not use (an architecture rule checks it), so a host reaches these services only
 * through {@code Crm} and {@code CrmSession}.
 */
public final class RevenueWiring {

    private RevenueWiring() {}

    /**
     * The revenue of what the actor sees.
     *
     * @param session the actor's session
     * @return the service
     */
    public static Revenue revenue(Session session) {
        return new RevenueService(session.useCases(), session.caller());
    }
}
