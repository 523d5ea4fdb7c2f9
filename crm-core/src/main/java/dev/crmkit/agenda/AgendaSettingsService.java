package dev.crmkit.agenda;

import dev.crmkit.account.Account;
import dev.crmkit.catalog.CatalogKind;
import dev.crmkit.common.CatalogEntryId;
import dev.crmkit.common.Changes;
import dev.crmkit.common.ConflictException;
import dev.crmkit.common.FieldChange;
import dev.crmkit.common.InvalidCommandException;
import dev.crmkit.common.Text;
import dev.crmkit.event.AgendaSettingsEvent;
import dev.crmkit.internal.AgendaLinks;
import dev.crmkit.internal.Caller;
import dev.crmkit.internal.CatalogReferences;
import dev.crmkit.internal.UseCases;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The tenant's agenda settings, for {@link AgendaService}: the legacy-noon convention, the rules' switches, periodic
 * calls and templates, each reference checked against the catalogs and the accounts in the actor's scope.
 */
final class AgendaSettingsService {

    private final UseCases useCases;
    private final Caller actor;

    AgendaSettingsService(UseCases useCases, Caller actor) {
        this.useCases = useCases;
        this.actor = actor;
    }

    AgendaSettings settings() {
        return useCases.read(actor, AgendaLinks::settings);
    }

    AgendaSettings updateSettings(UpdateAgendaSettings command) {
        return useCases.write(actor, command, context -> {
            context.requireAdmin();
            AgendaSettings current = AgendaLinks.settings(context);
            if (!current.version().equals(command.expectedVersion())) {
                throw ConflictException.staleVersion("agenda-settings", context.uow.tenantId(), command.expectedVersion(),
                        current.version());
            }
            InvalidCommandException.Builder problems = InvalidCommandException.builder("UpdateAgendaSettings");
            for (int i = 0; i < command.periodicCalls().size(); i++) {
                PeriodicCall call = command.periodicCalls().get(i);
                String path = "periodicCalls[" + i + "]";
                Account account = context.uow.accounts().findById(call.accountId()).orElse(null);
                if (account == null) {
                    problems.add(path + ".accountId", "UnknownReference", call.accountId());
                }
                AgendaService.checkUser(context, problems, path + ".userId", call.userId(), account);
                CatalogReferences.check(context, problems, path + ".typeId", call.typeId(), CatalogKind.AGENDA_ENTRY_TYPE,
                        current.periodicCalls().stream().map(PeriodicCall::typeId).anyMatch(t -> Objects.equals(t, call.typeId()))
                                ? call.typeId() : null);
            }
            Set<String> names = new HashSet<>();
            for (int i = 0; i < command.templates().size(); i++) {
                AgendaTemplate template = command.templates().get(i);
                if (!names.add(Text.key(template.name()))) {
                    problems.add("templates[" + i + "].name", "Unique");
                }
                for (int j = 0; j < template.items().size(); j++) {
                    CatalogEntryId typeId = template.items().get(j).typeId();
                    CatalogReferences.check(context, problems, "templates[" + i + "].items[" + j + "].typeId", typeId,
                            CatalogKind.AGENDA_ENTRY_TYPE, AgendaLinks.usedByTemplates(current, typeId) ? typeId : null);
                }
            }
            problems.throwIfAny();
            AgendaSettings next = new AgendaSettings(command.legacyNoonIsAnyTime(), command.contractNoticeDays(),
                    command.followUpStagnantCards(), command.paymentReminders(), command.periodicCalls(),
                    command.templates().stream().map(t -> new AgendaTemplate(t.name().strip(), t.items())).toList(),
                    current.version());
            Changes changes = new Changes()
                    .compare("legacyNoonIsAnyTime", current.legacyNoonIsAnyTime(), next.legacyNoonIsAnyTime())
                    .compare("contractNoticeDays", current.contractNoticeDays(), next.contractNoticeDays())
                    .compare("followUpStagnantCards", current.followUpStagnantCards(), next.followUpStagnantCards())
                    .compare("paymentReminders", current.paymentReminders(), next.paymentReminders())
                    .compare("periodicCalls", current.periodicCalls(), next.periodicCalls())
                    .compare("templates", names(current.templates()), names(next.templates()));
            if (changes.isEmpty() && current.templates().equals(next.templates())) {
                return current;
            }
            AgendaSettings stored = context.uow.agenda().saveSettings(next);
            context.record(new AgendaSettingsEvent.AgendaSettingsChanged(context.meta(), context.uow.tenantId(),
                    changes.isEmpty() ? List.of(new FieldChange("templates", null, names(next.templates())))
                            : changes.toList()));
            return stored;
        });
    }

    private static String names(List<AgendaTemplate> templates) {
        return templates.stream().map(AgendaTemplate::name).collect(Collectors.joining(", "));
    }
}
