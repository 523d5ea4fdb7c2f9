package dev.crmkit.consent;

import dev.crmkit.internal.Session;
import dev.crmkit.internal.UseCases;

/**
 * Builds the package-private services of consent for the entry point. It takes only {@code dev.crmkit.internal}
 * types, which host code may not use, so a host reaches these services only through {@code CrmSession} and
 * {@code Crm.optOuts()}.
 */
public final class ConsentWiring {

    private ConsentWiring() {}

    /**
     * The actor's consents.
     *
     * @param session the actor's session
     * @return the service
     */
    public static Consents consents(Session session) {
        return new ConsentService(session.useCases(), session.caller());
    }

    /**
     * The opt-outs of messages' recipients, with no actor.
     *
     * @param useCases the use cases
     * @return the service
     */
    public static OptOuts optOuts(UseCases useCases) {
        return token -> ConsentService.optOut(useCases, token);
    }
}
