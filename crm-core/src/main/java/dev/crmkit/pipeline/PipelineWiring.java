package dev.crmkit.pipeline;

import dev.crmkit.internal.Session;

/**
 * Builds the package-private services of pipelines and cards for the entry point. It takes only {@code dev.crmkit.internal}
 * types, which host code may not use (an architecture rule checks it), so a host reaches these services only
 * through {@code Crm} and {@code CrmSession}.
 */
public final class PipelineWiring {

    private PipelineWiring() {}

    /**
     * The pipelines the actor uses.
     *
     * @param session the actor's session
     * @return the service
     */
    public static Pipelines pipelines(Session session) {
        return new PipelineService(session.useCases(), session.caller(), session.documentStore(), session.documentSizeLimit());
    }

    /**
     * The cards of those pipelines.
     *
     * @param session the actor's session
     * @return the service
     */
    public static Cards cards(Session session) {
        return new CardService(session.useCases(), session.caller(), session.documentStore(), session.documentSizeLimit());
    }
}
