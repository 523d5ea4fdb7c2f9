package dev.crmkit.report;

import dev.crmkit.internal.Session;

/**
 * Builds the package-private services of reports for the entry point. It takes only {@code dev.crmkit.internal}
 * types, which host code may not use (an architecture rule checks it), so a host reaches these services only
 * through {@code Crm} and {@code CrmSession}.
 */
public final class ReportWiring {

    private ReportWiring() {}

    /**
     * The reports of what the actor sees.
     *
     * @param session the actor's session
     * @return the service
     */
    public static Reports reports(Session session) {
        return new ReportService(session.useCases(), session.caller());
    }
}
