package dev.crmkit.account;

import dev.crmkit.internal.Session;

/**
 * Builds the package-private services of accounts for the entry point. It takes only {@code dev.crmkit.internal}
 * types, which host code may not use (an architecture rule checks it), so a host reaches these services only
 * through {@code Crm} and {@code CrmSession}.
 */
public final class AccountWiring {

    private AccountWiring() {}

    /**
     * The accounts in the actor's scope.
     *
     * @param session the actor's session
     * @return the service
     */
    public static Accounts accounts(Session session) {
        return new AccountService(session.useCases(), session.caller(), session.documentStore());
    }
}
