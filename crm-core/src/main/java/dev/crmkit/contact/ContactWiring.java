package dev.crmkit.contact;

import dev.crmkit.internal.Session;

/**
 * Builds the package-private services of contacts for the entry point. It takes only {@code dev.crmkit.internal}
 * types, which host code may not use (an architecture rule checks it), so a host reaches these services only
 * through {@code Crm} and {@code CrmSession}.
 */
public final class ContactWiring {

    private ContactWiring() {}

    /**
     * The contacts in the actor's scope.
     *
     * @param session the actor's session
     * @return the service
     */
    public static Contacts contacts(Session session) {
        return new ContactService(session.useCases(), session.caller());
    }
}
