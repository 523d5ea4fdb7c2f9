package dev.crmkit.agenda;

import dev.crmkit.internal.Session;
import dev.crmkit.internal.UseCases;
import dev.crmkit.spi.BalanceSource;

/**
 * Builds the package-private services of the agenda and its rules for the entry point. It takes only {@code dev.crmkit.internal}
 * types, which host code may not use (an architecture rule checks it), so a host reaches these services only
 * through {@code Crm} and {@code CrmSession}.
 */
public final class AgendaWiring {

    private AgendaWiring() {}

    /**
     * The agenda in the actor's scope.
     *
     * @param session the actor's session
     * @return the service
     */
    public static Agenda agenda(Session session) {
        return new AgendaService(session.useCases(), session.caller());
    }

    /**
     * The host-level agenda rules.
     *
     * @param useCases the use-case runner
     * @param balances the host's source of overdue balances
     * @return the service
     */
    public static AgendaRules rules(UseCases useCases, BalanceSource balances) {
        return new AgendaRuleService(useCases, balances);
    }
}
