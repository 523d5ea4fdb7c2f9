package dev.crmkit.internal;

import dev.crmkit.catalog.CatalogDetails;
import dev.crmkit.catalog.CatalogEntry;
import dev.crmkit.common.AccountId;
import dev.crmkit.common.CatalogEntryId;
import dev.crmkit.common.FieldChange;
import dev.crmkit.common.Messages;
import dev.crmkit.common.Page;
import dev.crmkit.common.PipelineId;
import dev.crmkit.common.StageId;
import dev.crmkit.common.UserId;
import dev.crmkit.event.AccountEvent;
import dev.crmkit.event.AgendaEvent;
import dev.crmkit.event.CardEvent;
import dev.crmkit.consent.ConsentState;
import dev.crmkit.event.CaseEvent;
import dev.crmkit.event.ConsentEvent;
import dev.crmkit.event.MessageEvent;
import dev.crmkit.event.ContactEvent;
import dev.crmkit.event.DocumentEvent;
import dev.crmkit.event.DomainEvent;
import dev.crmkit.event.OrderEvent;
import dev.crmkit.event.QuoteEvent;
import dev.crmkit.event.RelationshipEvent;
import dev.crmkit.history.ChangeLine;
import dev.crmkit.history.TimelineEntry;
import dev.crmkit.pipeline.Pipeline;
import dev.crmkit.spi.AccountName;
import dev.crmkit.spi.TimelineRecord;
import dev.crmkit.spi.TimelineRepository.TimelinePosition;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Reads an account's timeline and renders each recorded event as a line a person reads: a summary in the
 * reader's language and the changed fields. The names the summaries mention (catalog entries, related
 * accounts) are loaded once per page.
 */
public final class Timeline {

    private Timeline() {}

    /** The fields whose values are catalog entries: they read by the entry's name. */
    private static final Set<String> CATALOG_FIELDS = Set.of("customer.customerTypeId", "customer.priorityId",
            "customer.economicActivityId", "customer.priceListId", "typeId", "categoryId", "priorityId", "teamId");

    /** A page of the timeline, its names read with one lookup per kind. */
    public static Page<TimelineEntry> page(Context context, Cursors cursors, AccountId accountId, String cursor, int limit) {
        Slice slice = read(context, cursors, accountId, cursor, limit);
        Names names = new Names();
        slice.mentions(names);
        return slice.render(context, names.load(context));
    }

    /** A page of the timeline, not rendered yet: the caller reads the names it mentions with its own. */
    public static Slice read(Context context, Cursors cursors, AccountId accountId, String cursor, int limit) {
        TimelinePosition before = cursor == null ? null : cursors.timeline(context.uow.tenantId(), cursor);
        List<TimelineRecord> records = context.uow.timeline().page(accountId, before, limit + 1);
        boolean more = records.size() > limit;
        List<TimelineRecord> page = more ? records.subList(0, limit) : records;
        String next = null;
        if (more) {
            DomainEvent last = page.get(page.size() - 1).event();
            next = cursors.timeline(context.uow.tenantId(), new TimelinePosition(last.meta().occurredAt(), last.meta().eventId()));
        }
        return new Slice(page, next);
    }

    /**
     * The records of one page and the cursor to the next.
     *
     * @param records the records, newest first
     * @param next the next page's cursor, or {@code null} on the last page
     */
    public record Slice(List<TimelineRecord> records, String next) {

        /** Notes the catalog entries and accounts the records mention. */
        public void mentions(Names names) {
            for (TimelineRecord record : records) {
                DomainEvent event = record.event();
                if (event instanceof AccountEvent.CharacteristicChanged e) {
                    names.entry(e.characteristicTypeId());
                } else if (event instanceof AccountEvent.InterestChanged e) {
                    names.entry(e.areaId());
                } else if (event instanceof RelationshipEvent e) {
                    names.entry(typeOf(e));
                    names.account(e.from());
                    names.account(e.to());
                }
                for (FieldChange change : HistoryNames.changesOf(event)) {
                    if (event instanceof CardEvent && "accountId".equals(change.field())) {
                        // A card moved between accounts reads by their names, each only to a reader who sees it.
                        accountOf(change.oldValue(), names);
                        accountOf(change.newValue(), names);
                    } else if (CATALOG_FIELDS.contains(change.field())) {
                        entryOf(change.oldValue(), names);
                        entryOf(change.newValue(), names);
                    }
                }
            }
        }

        /** Whether the record kept the names of every stage it mentions (a record written before names were kept did not). */
        private static boolean stagesKept(TimelineRecord record) {
            Set<String> stages = new HashSet<>();
            if (record.event() instanceof CardEvent.CardCreated e) {
                stages.add(e.stageId().toString());
            } else if (record.event() instanceof CardEvent.CardMoved e) {
                stages.add(e.toStageId().toString());
            }
            if (record.event() instanceof CardEvent e) {
                for (FieldChange change : e.changes()) {
                    if ("stageId".equals(change.field())) {
                        if (change.oldValue() != null) {
                            stages.add(change.oldValue());
                        }
                        if (change.newValue() != null) {
                            stages.add(change.newValue());
                        }
                    }
                }
            }
            return record.names().keySet().containsAll(stages);
        }

        private static void entryOf(String value, Names names) {
            if (value != null) {
                names.entry(CatalogEntryId.of(value));
            }
        }

        private static void accountOf(String value, Names names) {
            if (value != null) {
                names.account(AccountId.of(value));
            }
        }

        /** The page as lines, with the names {@link #mentions} noted, loaded. */
        public Page<TimelineEntry> render(Context context, Names names) {
            Set<PipelineId> pipelineIds = new HashSet<>();
            for (TimelineRecord record : records) {
                if (record.event() instanceof CardEvent e && !stagesKept(record)) {
                    pipelineIds.add(e.pipelineId());
                }
            }
            Map<StageId, String> stageNames = new HashMap<>();
            for (Pipeline pipeline : context.uow.pipelines().findByIds(pipelineIds)) {
                pipeline.stages().forEach(stage -> stageNames.put(stage.id(), pipeline.name() + " / " + stage.name()));
            }
            // A related account outside the reader's scope goes unnamed, as one deleted since: its name is not the reader's.
            Predicate<AccountName> sees = AccountGuard.seesAll(context, names.accounts().values(), AccountName::responsibles);
            Map<AccountId, String> accountNames = new HashMap<>();
            names.accounts().forEach((id, name) -> {
                if (sees.test(name)) {
                    accountNames.put(id, name.legalName());
                }
            });
            List<TimelineEntry> lines = new ArrayList<>(records.size());
            for (TimelineRecord record : records) {
                lines.add(line(context, record, names.entries(), accountNames, stageNames));
            }
            return new Page<>(lines, next, null);
        }
    }

    private static TimelineEntry line(Context context, TimelineRecord record, Map<CatalogEntryId, CatalogEntry> entries,
            Map<AccountId, String> names, Map<StageId, String> stageNames) {
        DomainEvent event = record.event();
        String summary;
        List<FieldChange> changes = List.of();
        if (event instanceof AccountEvent.AccountCreated e) {
            summary = say(context, "timeline.AccountCreated", e.classification().label(context.tenant, context.locale));
        } else if (event instanceof AccountEvent.AccountUpdated e) {
            changes = e.changes();
            summary = say(context, "timeline.AccountUpdated", fields(context, e.changes()));
        } else if (event instanceof AccountEvent.AccountClassified e) {
            changes = List.of(new FieldChange("classification", e.from().name(), e.to().name()));
            summary = say(context, "timeline.AccountClassified", e.from().label(context.tenant, context.locale),
                    e.to().label(context.tenant, context.locale));
        } else if (event instanceof AccountEvent.ResponsiblesChanged e) {
            summary = say(context, "timeline.ResponsiblesChanged", users(record, e.added()), users(record, e.removed()));
        } else if (event instanceof AccountEvent.CharacteristicChanged e) {
            changes = List.of(new FieldChange("characteristics." + e.characteristicTypeId(), e.oldValue(), e.newValue()));
            String name = nameOf(entries, e.characteristicTypeId());
            summary = e.newValue() == null ? say(context, "timeline.CharacteristicCleared", name)
                    : say(context, "timeline.CharacteristicChanged", name, e.newValue());
        } else if (event instanceof AccountEvent.InterestChanged e) {
            String area = nameOf(entries, e.areaId());
            summary = e.kind() == null ? say(context, "timeline.InterestCleared", area)
                    : say(context, "timeline.InterestChanged", area, new Messages.Key("interest." + e.kind().name()));
        } else if (event instanceof AccountEvent.AccountDeleted e) {
            summary = say(context, "timeline.AccountDeleted", e.legalName());
        } else if (event instanceof ContactEvent.ContactAdded e) {
            summary = say(context, "timeline.ContactAdded", e.name());
        } else if (event instanceof ContactEvent.ContactUpdated e) {
            changes = e.changes();
            summary = say(context, "timeline.ContactUpdated", e.name());
        } else if (event instanceof ContactEvent.ContactRemoved e) {
            summary = say(context, "timeline.ContactRemoved", e.name());
        } else if (event instanceof RelationshipEvent e) {
            boolean outgoing = e.from().equals(record.accountId());
            CatalogEntry type = entries.get(typeOf(e));
            String label = type == null ? "?" : outgoing ? type.name()
                    : ((CatalogDetails.Relationship) type.details()).inverseName();
            String other = names.getOrDefault(outgoing ? e.to() : e.from(), "?");
            summary = say(context, e instanceof RelationshipEvent.RelationshipCreated
                    ? "timeline.RelationshipCreated" : "timeline.RelationshipRemoved", label, other);
        } else if (event instanceof DocumentEvent.DocumentAttached e) {
            summary = say(context, "timeline.DocumentAttached", e.title());
        } else if (event instanceof DocumentEvent.DocumentUpdated e) {
            changes = e.changes();
            summary = say(context, "timeline.DocumentUpdated", fields(context, e.changes()));
        } else if (event instanceof DocumentEvent.DocumentRemoved e) {
            summary = say(context, "timeline.DocumentRemoved", e.title());
        } else if (event instanceof CardEvent.CardCreated e) {
            summary = say(context, "timeline.CardCreated", e.cardName(), stageName(record, stageNames, e.stageId()));
        } else if (event instanceof CardEvent.CardUpdated e) {
            changes = e.changes();
            summary = say(context, "timeline.CardUpdated", e.cardName(), fields(context, e.changes()));
        } else if (event instanceof CardEvent.CardMoved e) {
            changes = e.changes();
            summary = say(context, "timeline.CardMoved", e.cardName(), stageName(record, stageNames, e.toStageId()));
        } else if (event instanceof CardEvent.CardOutcomeChanged e) {
            changes = e.changes();
            summary = say(context, "timeline.Card." + e.outcome().name(), e.cardName());
        } else if (event instanceof CardEvent.CardDeleted e) {
            summary = say(context, "timeline.CardDeleted", e.cardName());
        } else if (event instanceof AgendaEvent.AgendaEntryCreated e) {
            String when = e.scheduledDay() == null ? "-" : e.scheduledDay() + " "
                    + (e.scheduledTime() == null ? say(context, "agenda.any-time") : e.scheduledTime().toString());
            summary = e.rule() == null ? say(context, "timeline.AgendaEntryCreated", e.summary(), when)
                    : say(context, "timeline.AgendaEntryCreatedByRule", e.summary(), when,
                            new Messages.Key("agenda-rule." + e.rule().name()));
        } else if (event instanceof AgendaEvent.AgendaEntryEdited e) {
            changes = e.changes();
            summary = say(context, "timeline.AgendaEntryEdited", e.summary(), fields(context, e.changes()));
        } else if (event instanceof AgendaEvent.AgendaEntryConcluded e) {
            summary = say(context, "timeline.AgendaEntryConcluded", e.summary());
        } else if (event instanceof AgendaEvent.AgendaEntryReopened e) {
            summary = say(context, "timeline.AgendaEntryReopened", e.summary());
        } else if (event instanceof AgendaEvent.InterventionDispatched e) {
            String when = e.scheduledDay() + " " + (e.scheduledTime() == null ? say(context, "agenda.any-time") : e.scheduledTime().toString());
            summary = say(context, "timeline.InterventionDispatched", e.summary(), when);
        } else if (event instanceof AgendaEvent.InterventionConcluded e) {
            changes = e.invoiceReference() == null ? List.of() : List.of(new FieldChange("invoiceReference", null, e.invoiceReference()));
            summary = say(context, "timeline.InterventionConcluded", e.summary(), e.report());
        } else if (event instanceof AgendaEvent.AgendaAttachmentChanged e) {
            summary = say(context, e.removed() ? "timeline.AgendaAttachmentRemoved" : "timeline.AgendaAttachmentAdded",
                    e.summary(), e.fileName());
        } else if (event instanceof AgendaEvent.AgendaEntryDeleted e) {
            summary = say(context, "timeline.AgendaEntryDeleted", e.summary());
        } else if (event instanceof QuoteEvent.QuoteCreated e) {
            summary = say(context, "timeline.QuoteCreated", e.number(), e.currency().getCurrencyCode(),
                    e.total().toPlainString());
        } else if (event instanceof QuoteEvent.QuoteEdited e) {
            changes = e.changes();
            summary = say(context, "timeline.QuoteEdited", e.number(), e.revision(), fields(context, e.changes()));
        } else if (event instanceof QuoteEvent.QuoteRevised e) {
            changes = e.changes();
            summary = say(context, "timeline.QuoteRevised", e.number(), e.revision(), fields(context, e.changes()));
        } else if (event instanceof QuoteEvent.QuoteStatusChanged e) {
            changes = List.of(new FieldChange("status", e.from().name(), e.to().name()));
            summary = say(context, "timeline.QuoteStatusChanged", e.number(),
                    new Messages.Key("quote-status." + e.from().name()), new Messages.Key("quote-status." + e.to().name()));
        } else if (event instanceof QuoteEvent.QuoteDiscountApprovalRequested e) {
            summary = say(context, "timeline.QuoteDiscountApprovalRequested", e.number(), e.revision(),
                    e.percent().stripTrailingZeros().toPlainString(), e.limit().stripTrailingZeros().toPlainString());
        } else if (event instanceof QuoteEvent.QuoteDiscountApproved e) {
            summary = say(context, "timeline.QuoteDiscountApproved", e.number(), e.revision());
        } else if (event instanceof QuoteEvent.QuoteDiscountRejected e) {
            summary = say(context, "timeline.QuoteDiscountRejected", e.number(), e.revision());
        } else if (event instanceof OrderEvent.OrderPlaced e) {
            summary = say(context, "timeline.OrderPlaced", e.number(), new Messages.Key("order-route." + e.route().name()),
                    e.currency().getCurrencyCode(), e.subtotal().toPlainString());
        } else if (event instanceof OrderEvent.OrderProgressed e) {
            changes = e.invoiceReference() == null ? List.of(new FieldChange("status", e.from().name(), e.to().name()))
                    : List.of(new FieldChange("status", e.from().name(), e.to().name()),
                            new FieldChange("invoiceReference", null, e.invoiceReference()));
            summary = e.invoiceReference() == null
                    ? say(context, "timeline.OrderProgressed", e.number(), new Messages.Key("order-status." + e.from().name()),
                            new Messages.Key("order-status." + e.to().name()))
                    : say(context, "timeline.OrderInvoiced", e.number(), e.invoiceReference());
        } else if (event instanceof CaseEvent e) {
            changes = e.changes();
            summary = caseSummary(context.locale, e);
        } else if (event instanceof ConsentEvent.ConsentRecorded e) {
            summary = say(context, e.state() == ConsentState.GRANTED ? "timeline.ConsentGranted" : "timeline.ConsentWithdrawn",
                    new Messages.Key("consent-channel." + e.channel().name()), e.source());
        } else if (event instanceof MessageEvent.MessageLogged e) {
            summary = say(context, "timeline.MessageLogged." + e.direction().name(),
                    new Messages.Key("message-channel." + e.channel().name()), e.subject() == null ? "" : e.subject());
        } else if (event instanceof dev.crmkit.event.SurveyEvent.SurveyAnswered e) {
            summary = e.nps() == null ? say(context, "timeline.SurveyAnswered", e.number(), e.csat())
                    : say(context, "timeline.SurveyAnsweredWithNps", e.number(), e.csat(), e.nps());
        } else if (event instanceof MessageEvent.MessageArchived e) {
            summary = say(context, "timeline.MessageArchived", e.subject() == null ? "" : e.subject());
        } else if (event instanceof MessageEvent.MessageUnarchived e) {
            summary = say(context, "timeline.MessageUnarchived", e.subject() == null ? "" : e.subject());
        } else {
            summary = event.getClass().getSimpleName();
        }
        List<ChangeLine> lines = new ArrayList<>(changes.size());
        for (FieldChange c : changes) {
            // Stages, labels and users read by their names of the time where the record kept them; a stage of a record
            // written before names were kept by its current name; an account by its current name, if the reader sees it.
            boolean stage = "stageId".equals(c.field());
            boolean account = "accountId".equals(c.field());
            boolean entry = CATALOG_FIELDS.contains(c.field());
            String oldName = account ? accountName(names, c.oldValue()) : entry ? entryName(entries, c.oldValue())
                    : named(record, c.oldValue(), stage ? stageNames : Map.of());
            String newName = account ? accountName(names, c.newValue()) : entry ? entryName(entries, c.newValue())
                    : named(record, c.newValue(), stage ? stageNames : Map.of());
            // A characteristic reads by its type's name, not by the path that holds the type's id.
            String label = event instanceof AccountEvent.CharacteristicChanged e ? nameOf(entries, e.characteristicTypeId())
                    : HistoryWords.label(context.locale, c.field());
            lines.add(new ChangeLine(c.field(), label, c.oldValue(), c.newValue(),
                    HistoryWords.words(context.locale, c.field(), c.oldValue(), oldName),
                    HistoryWords.words(context.locale, c.field(), c.newValue(), newName)));
        }
        return new TimelineEntry(event.meta().eventId(), event.meta().occurredAt(), event.meta().actor(), record.actorName(),
                event.getClass().getSimpleName(), summary, changes, lines);
    }

    /** The stage's name when the event happened; its current one for a record written before names were kept. */
    private static String stageName(TimelineRecord record, Map<StageId, String> stageNames, StageId stageId) {
        String kept = record.names().get(stageId.toString());
        return kept != null ? kept : stageNames.getOrDefault(stageId, "?");
    }

    /**
     * The names of the ids a value lists ({@code ", "} between them): each as the record kept it, else as the fallback
     * names a stage, else the id itself; {@code null} when none of them is named, so the value reads as it is.
     */
    private static String named(TimelineRecord record, String value, Map<StageId, String> stageNames) {
        if (value == null) {
            return null;
        }
        List<String> named = new ArrayList<>();
        boolean any = false;
        for (String id : value.split(", ")) {
            String name = record.names().get(id);
            if (name == null && !stageNames.isEmpty()) {
                name = stageNames.get(StageId.of(id));
            }
            any |= name != null;
            named.add(name == null ? id : name);
        }
        return any ? String.join(", ", named) : null;
    }

    private static String entryName(Map<CatalogEntryId, CatalogEntry> entries, String value) {
        CatalogEntry entry = value == null ? null : entries.get(CatalogEntryId.of(value));
        return entry == null ? null : entry.name();
    }

    private static String accountName(Map<AccountId, String> names, String value) {
        return value == null ? null : names.get(AccountId.of(value));
    }

    private static CatalogEntryId typeOf(RelationshipEvent event) {
        if (event instanceof RelationshipEvent.RelationshipCreated created) {
            return created.typeId();
        }
        return ((RelationshipEvent.RelationshipRemoved) event).typeId();
    }

    private static String nameOf(Map<CatalogEntryId, CatalogEntry> entries, CatalogEntryId id) {
        CatalogEntry entry = entries.get(id);
        return entry == null ? id.toString() : entry.name();
    }

    private static String fields(Context context, List<FieldChange> changes) {
        return changes.stream().map(c -> HistoryWords.label(context.locale, c.field())).distinct().collect(Collectors.joining(", "));
    }

    /** The users by their names of the time, the id standing in for a name not kept. */
    private static String users(TimelineRecord record, Set<UserId> users) {
        return users.isEmpty() ? "-" : users.stream().map(id -> record.names().getOrDefault(id.value(), id.value())).sorted()
                .collect(Collectors.joining(", "));
    }

    private static String say(Context context, String key, Object... args) {
        return Messages.format(context.locale, key, args);
    }

    /** A case event in a sentence (the case's number and subject, and what changed), for the case's history and its account's timeline. */
    public static String caseSummary(Locale locale, CaseEvent event) {
        if (event instanceof CaseEvent.CaseOpened e) {
            return Messages.format(locale, "timeline.CaseOpened", Long.toString(e.number()), e.subject());
        } else if (event instanceof CaseEvent.CaseUpdated e) {
            return Messages.format(locale, "timeline.CaseUpdated", Long.toString(e.number()), e.subject(), e.changes().stream()
                    .map(c -> HistoryWords.label(locale, c.field())).distinct().reduce((a, b) -> a + ", " + b).orElse(""));
        } else if (event instanceof CaseEvent.CaseStatusChanged e) {
            return Messages.format(locale, "timeline.CaseStatusChanged", Long.toString(e.number()), e.subject(),
                    new Messages.Key("value.status." + e.from().name()), new Messages.Key("value.status." + e.to().name()));
        } else if (event instanceof CaseEvent.CaseCommented e) {
            return Messages.format(locale, e.internal() ? "timeline.CaseNoted" : "timeline.CaseCommented", Long.toString(e.number()), e.subject());
        } else if (event instanceof CaseEvent.CaseAttachmentChanged e) {
            return Messages.format(locale, e.removed() ? "timeline.CaseAttachmentRemoved" : "timeline.CaseAttachmentAdded",
                    Long.toString(e.number()), e.subject(), e.fileName());
        }
        throw new IllegalStateException("unknown case event " + event);
    }

}
