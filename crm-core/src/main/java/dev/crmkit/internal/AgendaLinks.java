package dev.crmkit.internal;

import dev.crmkit.access.AccountAccess;
import dev.crmkit.agenda.AgendaEntry;
import dev.crmkit.agenda.AgendaSettings;
import dev.crmkit.agenda.AgendaWiring;
import dev.crmkit.agenda.PeriodicCall;
import dev.crmkit.common.AccountId;
import dev.crmkit.common.CatalogEntryId;
import dev.crmkit.common.FieldChange;
import dev.crmkit.event.AgendaEvent;
import dev.crmkit.event.AgendaSettingsEvent;
import dev.crmkit.pipeline.Card;
import dev.crmkit.spi.AccountName;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * What other capabilities do to the agenda: its settings read, an entry type's use checked, a deleted card's links
 * and a deleted account's entries removed, the entries an actor sees filtered.
 */
public final class AgendaLinks {

    /** The tenant's agenda settings, or the defaults when it never changed them. */
    public static AgendaSettings settings(Context context) {
        return context.uow.agenda().settings().orElse(AgendaSettings.DEFAULT);
    }

    /** Whether the agenda or its settings refer to an agenda entry type (so it may not be deleted). */
    public static boolean typeInUse(Context context, CatalogEntryId typeId) {
        AgendaSettings settings = settings(context);
        return context.uow.agenda().existsOfType(typeId) || usedByTemplates(settings, typeId)
                || settings.periodicCalls().stream().anyMatch(c -> typeId.equals(c.typeId()));
    }

    /** Links to a deleted card go; the entries stay on their account (the agenda edits its own entries). */
    public static void unlinkCard(Context context, Card card) {
        AgendaWiring.unlinkCard(context, card.id());
    }

    /** An account's entries go with it, and so do its periodic calls. */
    public static void deleteOfAccount(Context context, AccountId accountId) {
        for (AgendaEntry entry : AccountDeletion.byId(context.uow.agenda().deleteByAccount(accountId), AgendaEntry::id)) {
            context.record(new AgendaEvent.AgendaEntryDeleted(context.meta(), entry.id(), entry.accountId(),
                    AgendaEvent.summary(entry.description())));
        }
        AgendaSettings settings = settings(context);
        List<PeriodicCall> kept = settings.periodicCalls().stream().filter(c -> !c.accountId().equals(accountId)).toList();
        if (kept.size() < settings.periodicCalls().size()) {
            context.uow.agenda().saveSettings(new AgendaSettings(settings.legacyNoonIsAnyTime(), settings.contractNoticeDays(),
                    settings.followUpStagnantCards(), settings.paymentReminders(), kept, settings.templates(), settings.version()));
            context.record(new AgendaSettingsEvent.AgendaSettingsChanged(context.meta(), context.uow.tenantId(),
                    List.of(FieldChange.ofValues("periodicCalls", settings.periodicCalls(), kept))));
        }
    }

    /** The entries whose accounts the actor sees, with one lookup of accounts and teams. */
    public static List<AgendaEntry> visibleOnly(Context context, List<AgendaEntry> entries) {
        if (context.access() instanceof AccountAccess.Unrestricted) {
            // Every entry's account exists (deleting an account deletes its entries): nothing to load to decide.
            return entries;
        }
        Set<AccountId> ids = entries.stream().map(AgendaEntry::accountId).collect(Collectors.toCollection(LinkedHashSet::new));
        // Responsibles are all the scope needs: not whole accounts, hundreds of them for a user's task list.
        List<AccountName> accounts = context.uow.accounts().names(ids);
        Predicate<AccountName> sees = AccountGuard.seesAll(context, accounts, AccountName::responsibles);
        Set<AccountId> visible = accounts.stream().filter(sees).map(AccountName::id).collect(Collectors.toSet());
        return entries.stream().filter(e -> visible.contains(e.accountId())).toList();
    }

    /** Whether one of the tenant's agenda templates uses an entry type. */
    public static boolean usedByTemplates(AgendaSettings settings, CatalogEntryId typeId) {
        return typeId != null && settings.templates().stream()
                .flatMap(t -> t.items().stream()).anyMatch(i -> typeId.equals(i.typeId()));
    }

    private AgendaLinks() {}
}
