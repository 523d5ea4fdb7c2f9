package dev.crmkit.contact;

import dev.crmkit.internal.Session;
import dev.crmkit.spi.StoredRecords;

/**
 * Builds the package-private services of contacts for the entry point. It takes only {@code dev.crmkit.internal}
 * types, which host code may not use (an architecture rule checks it), so a host reaches these services only
 * through {@code Crm} and {@code CrmSession}.
 */
public final class ContactWiring {

    // Adapters rebuild this capability's aggregates through StoredRecords, which reaches the package-private
    // factories only through what is registered here.
    static {
        StoredRecords.register(StoredRecords.ContactFactory.class, Contact::reconstitute);
    }

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
