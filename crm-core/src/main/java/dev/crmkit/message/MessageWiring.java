package dev.crmkit.message;

import dev.crmkit.internal.Session;

/**
 * Builds the package-private service of the archive of messages for the entry point. It takes only
 * {@code dev.crmkit.internal} types, which host code may not use, so a host reaches the service only through
 * {@code CrmSession}.
 */
public final class MessageWiring {

    private MessageWiring() {}

    /**
     * The actor's archive of messages.
     *
     * @param session the actor's session
     * @return the service
     */
    public static Messages messages(Session session) {
        return new MessageService(session.useCases(), session.caller());
    }
}
