package dev.crmkit.agenda;

import dev.crmkit.common.CardId;
import dev.crmkit.common.Changed;
import dev.crmkit.event.AgendaEvent;
import dev.crmkit.internal.AccountDeletion;
import dev.crmkit.internal.Context;
import dev.crmkit.internal.Session;
import dev.crmkit.internal.UseCases;
import dev.crmkit.spi.BalanceSource;
import dev.crmkit.spi.StoredRecords;

/**
 * Builds the package-private services of the agenda and its rules for the entry point. It takes only {@code dev.crmkit.internal}
 * types, which host code may not use (an architecture rule checks it), so a host reaches these services only
 * through {@code Crm} and {@code CrmSession}.
 */
public final class AgendaWiring {

    // Adapters rebuild this capability's aggregates through StoredRecords, which reaches the package-private
    // factories only through what is registered here.
    static {
        StoredRecords.register(StoredRecords.AgendaEntryFactory.class, AgendaEntry::reconstitute);
    }

    private AgendaWiring() {}

    /**
     * The agenda in the actor's scope.
     *
     * @param session the actor's session
     * @return the service
     */
    public static Agenda agenda(Session session) {
        return new AgendaService(session.useCases(), session.caller(), session.documentStore(), session.documentSizeLimit());
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

    /**
     * Removes the links of a deleted card from the agenda entries that had it; the entries stay on their account.
     * The pipeline capability calls it (through the internal machinery) when it deletes a card.
     *
     * @param context the running use case
     * @param cardId the deleted card
     */
    public static void unlinkCard(Context context, CardId cardId) {
        for (AgendaEntry entry : AccountDeletion.byId(context.uow.agenda().findByCard(cardId), AgendaEntry::id)) {
            Changed<AgendaEntry> changed = entry.unlinkCard(context.now);
            AgendaEntry stored = context.uow.agenda().update(changed.value());
            context.record(new AgendaEvent.AgendaEntryEdited(context.meta(), stored.id(), stored.accountId(),
                    AgendaEvent.summary(stored.description()), changed.changes()));
        }
    }
}
