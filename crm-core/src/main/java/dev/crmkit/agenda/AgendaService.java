package dev.crmkit.agenda;

import dev.crmkit.access.CrmUser;
import dev.crmkit.access.AccountAccess;
import dev.crmkit.account.Account;
import dev.crmkit.casework.ServiceCase;
import dev.crmkit.common.CaseId;
import dev.crmkit.common.DocumentId;
import dev.crmkit.common.RuleViolationException;
import dev.crmkit.common.TenantId;
import dev.crmkit.internal.Uploads;
import dev.crmkit.pipeline.AttachFile;
import dev.crmkit.pipeline.Attachment;
import dev.crmkit.pipeline.AttachmentContent;
import dev.crmkit.spi.DocumentStore;
import java.io.InputStream;
import java.util.Locale;
import dev.crmkit.catalog.CatalogKind;
import dev.crmkit.common.AccessDeniedException;
import dev.crmkit.common.AccountId;
import dev.crmkit.common.AgendaEntryId;
import dev.crmkit.common.CardId;
import dev.crmkit.common.Changed;
import dev.crmkit.common.ConflictException;
import dev.crmkit.common.ContactId;
import dev.crmkit.common.InvalidCommandException;
import dev.crmkit.common.NotFoundException;
import dev.crmkit.common.SupportedDates;
import dev.crmkit.common.UserId;
import dev.crmkit.common.Version;
import dev.crmkit.contact.Contact;
import dev.crmkit.event.AgendaEvent;
import dev.crmkit.internal.AccountGuard;
import dev.crmkit.internal.AgendaLinks;
import dev.crmkit.internal.Caller;
import dev.crmkit.internal.CatalogReferences;
import dev.crmkit.internal.ContactGuard;
import dev.crmkit.internal.Context;
import dev.crmkit.internal.Orders;
import dev.crmkit.internal.PipelineGuard;
import dev.crmkit.internal.UseCases;
import dev.crmkit.internal.Users;
import dev.crmkit.pipeline.Card;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * {@link Agenda} for one actor. An entry is reached through its account, so the account's access scope
 * decides who sees it; linking a card also needs the card's pipeline.
 */
final class AgendaService implements Agenda {

    /** Newest first, then by id. */
    static final Comparator<AgendaEntry> NEWEST_FIRST =
            Comparator.comparing(AgendaEntry::createdAt).thenComparing(AgendaEntry::id).reversed();

    private final UseCases useCases;
    private final Caller actor;
    private final AgendaSettingsService settingsService;

    private final DocumentStore store;
    private final long maxBytes;

    AgendaService(UseCases useCases, Caller actor, DocumentStore store, long maxBytes) {
        this.useCases = useCases;
        this.actor = actor;
        this.store = store;
        this.maxBytes = maxBytes;
        this.settingsService = new AgendaSettingsService(useCases, actor);
    }

    @Override
    public AgendaEntry create(CreateAgendaEntry command) {
        return useCases.write(actor, command, context -> {
            InvalidCommandException.Builder problems = InvalidCommandException.builder("CreateAgendaEntry");
            AgendaEntry entry = prepare(context, problems, "", command, AgendaLinks.settings(context));
            problems.throwIfAny();
            return insert(context, entry, null);
        });
    }

    @Override
    public AgendaEntry edit(EditAgendaEntry command) {
        return useCases.write(actor, command, context -> {
            AgendaEntry current = visible(context, command.entryId(), "entryId");
            requireVersion(current, command.expectedVersion());
            InvalidCommandException.Builder problems = InvalidCommandException.builder("EditAgendaEntry");
            Account account = AccountGuard.load(context, current.accountId(), "entryId");
            checkContact(context, problems, "contactId", command.contactId(), account.id());
            if (!Objects.equals(command.cardId(), current.cardId().orElse(null))) {
                checkCard(context, problems, "cardId", command.cardId(), account.id());
            }
            CatalogReferences.check(context, problems, "typeId", command.typeId(), CatalogKind.AGENDA_ENTRY_TYPE,
                    current.typeId().orElse(null));
            if (!command.userId().equals(current.userId())) {
                checkUser(context, problems, "userId", command.userId(), account);
            }
            if (current.recurrence().isPresent() && command.schedule() == null) {
                problems.add("schedule", "NotNull");
            }
            problems.throwIfAny();
            // An unchanged schedule stays as stored: the legacy convention reads new input, it does not rewrite old entries.
            Schedule schedule = Objects.equals(command.schedule(), current.schedule().orElse(null)) ? command.schedule()
                    : legacy(command.schedule(), AgendaLinks.settings(context));
            Changed<AgendaEntry> changed = current.edit(command.contactId(), command.cardId(), command.typeId(),
                    command.description(), schedule, command.userId(), context.now);
            if (!changed.changed()) {
                return current;
            }
            AgendaEntry stored = context.uow.agenda().update(changed.value());
            context.record(new AgendaEvent.AgendaEntryEdited(context.meta(), stored.id(), stored.accountId(),
                    AgendaEvent.summary(stored.description()), changed.changes()));
            return stored;
        });
    }

    @Override
    public AgendaConclusion conclude(AgendaEntryAt command) {
        return useCases.write(actor, command, context -> {
            AgendaEntry current = visible(context, command.entryId(), "entryId");
            requireVersion(current, command.expectedVersion());
            Changed<AgendaEntry> changed = current.conclude(context.now);
            if (!changed.changed()) {
                return new AgendaConclusion(current, null);
            }
            AgendaEntry stored = context.uow.agenda().update(changed.value());
            context.record(new AgendaEvent.AgendaEntryConcluded(context.meta(), stored.id(), stored.accountId(),
                    AgendaEvent.summary(stored.description())));
            AgendaEntry next = stored.nextOccurrence(context.now)
                    .filter(n -> context.uow.agenda().findByDedupeKey(n.dedupeKey().orElseThrow()).isEmpty())
                    .map(n -> insert(context, n, null)).orElse(null);
            return new AgendaConclusion(stored, next);
        });
    }

    @Override
    public AgendaEntry reopen(AgendaEntryAt command) {
        return useCases.write(actor, command, context -> {
            AgendaEntry current = visible(context, command.entryId(), "entryId");
            requireVersion(current, command.expectedVersion());
            Changed<AgendaEntry> changed = current.reopen(context.now);
            if (!changed.changed()) {
                return current;
            }
            AgendaEntry stored = context.uow.agenda().update(changed.value());
            context.record(new AgendaEvent.AgendaEntryReopened(context.meta(), stored.id(), stored.accountId(),
                    AgendaEvent.summary(stored.description())));
            return stored;
        });
    }

    @Override
    public int delete(DeleteAgendaEntries command) {
        return useCases.write(actor, command, context -> {
            // Every id is checked before anything is deleted: one refusal leaves the whole selection in place.
            List<AgendaEntry> entries = new ArrayList<>();
            Set<AgendaEntryId> seen = new HashSet<>();
            for (int i = 0; i < command.entryIds().size(); i++) {
                AgendaEntryId id = command.entryIds().get(i);
                if (seen.add(id)) {
                    entries.add(visible(context, id, "entryIds[" + i + "]"));
                }
            }
            for (AgendaEntry entry : entries) {
                context.uow.agenda().delete(entry);
                context.record(new AgendaEvent.AgendaEntryDeleted(context.meta(), entry.id(), entry.accountId(),
                        AgendaEvent.summary(entry.description())));
            }
            return entries.size();
        });
    }

    @Override
    public AgendaEntry get(AgendaEntryId entryId) {
        return useCases.read(actor, context -> visible(context, entryId, "entryId"));
    }

    @Override
    public List<AgendaEntry> ofAccount(AccountId accountId) {
        return useCases.read(actor, context -> {
            AccountGuard.visible(context, accountId, "accountId");
            return context.uow.agenda().findByAccount(accountId).stream().sorted(NEWEST_FIRST).toList();
        });
    }

    @Override
    public TaskList tasks(UserId userId) {
        return useCases.read(actor, context -> {
            Context.required(userId, "userId");
            if (!userId.equals(context.user.id()) && !context.user.admin()) {
                throw new AccessDeniedException(AccessDeniedException.ADMIN_REQUIRED, "userId", context.user.id().value());
            }
            Users.requireKnown(context, userId);
            List<AgendaEntry> pending = AgendaLinks.visibleOnly(context, context.uow.agenda().findPendingByUser(userId));
            ZoneId zone = context.tenant.timeZone();
            Map<TaskBucket, List<AgendaEntry>> buckets = new EnumMap<>(TaskBucket.class);
            for (TaskBucket bucket : TaskBucket.values()) {
                buckets.put(bucket, new ArrayList<>());
            }
            for (AgendaEntry entry : pending) {
                buckets.get(TaskBucket.of(entry.schedule().orElse(null), context.now, zone)).add(entry);
            }
            buckets.values().forEach(list -> list.sort(Orders.BY_SCHEDULE));
            return new TaskList(userId, context.now.atZone(zone).toLocalDate(), buckets.get(TaskBucket.OVERDUE),
                    buckets.get(TaskBucket.TODAY), buckets.get(TaskBucket.LATER), buckets.get(TaskBucket.UNSCHEDULED));
        });
    }

    @Override
    public List<AgendaEntry> applyTemplate(ApplyAgendaTemplate command) {
        return useCases.write(actor, command, context -> {
            AgendaSettings settings = AgendaLinks.settings(context);
            AgendaTemplate template = settings.template(command.templateName()).orElseThrow(() ->
                    InvalidCommandException.builder("ApplyAgendaTemplate")
                            .add("templateName", "UnknownReference", command.templateName()).build());
            List<CreateAgendaEntry> entries = new ArrayList<>();
            for (TemplateItem item : template.items()) {
                LocalDate day = command.startDay().plusDays(item.dayOffset());
                if (!SupportedDates.contains(day)) {
                    // The start day is in range, but a later item of the template would fall after its end.
                    InvalidCommandException.Builder late = InvalidCommandException.builder("ApplyAgendaTemplate");
                    SupportedDates.addTo(late, "startDay", day);
                    late.throwIfAny();
                }
                Schedule schedule = item.time() == null ? new Schedule.AnyTimeOn(day) : new Schedule.AtTime(day.atTime(item.time()));
                entries.add(new CreateAgendaEntry(command.accountId(), command.contactId(), command.cardId(), item.typeId(),
                        item.description(), schedule, command.userId(), null));
            }
            // The subject is checked once, with the first item; the other items can only fail by their type (one
            // deactivated since the template was saved), which names the template.
            InvalidCommandException.Builder problems = InvalidCommandException.builder("ApplyAgendaTemplate");
            AgendaEntry first = prepare(context, problems, "", entries.get(0), settings);
            for (CreateAgendaEntry entry : entries.subList(1, entries.size())) {
                CatalogReferences.check(context, problems, "templateName", entry.typeId(), CatalogKind.AGENDA_ENTRY_TYPE, null);
            }
            problems.throwIfAny();
            List<AgendaEntry> stored = new ArrayList<>(List.of(insert(context, first, null)));
            for (CreateAgendaEntry entry : entries.subList(1, entries.size())) {
                InvalidCommandException.Builder none = InvalidCommandException.builder("ApplyAgendaTemplate");
                AgendaEntry prepared = prepare(context, none, "", entry, settings);
                none.throwIfAny();
                stored.add(insert(context, prepared, null));
            }
            return stored;
        });
    }

    @Override
    public List<AgendaEntry> importEntries(ImportAgendaEntries command) {
        return useCases.write(actor, command, context -> {
            AgendaSettings settings = AgendaLinks.settings(context);
            InvalidCommandException.Builder problems = InvalidCommandException.builder("ImportAgendaEntries");
            List<AgendaEntry> prepared = new ArrayList<>();
            for (int i = 0; i < command.entries().size(); i++) {
                ImportedAgendaEntry row = command.entries().get(i);
                InvalidCommandException.Builder rowProblems = InvalidCommandException.builder("ImportAgendaEntries");
                // A bad reference is this row's problem, named under it, not the whole import's refusal.
                if (row.accountId() != null) {
                    checkReference(context, rowProblems, "accountId", row.accountId(), context.uow.accounts().findById(row.accountId()));
                }
                if (row.contactId() != null) {
                    checkReference(context, rowProblems, "contactId", row.contactId(), context.uow.contacts().findById(row.contactId())
                            .flatMap(c -> context.uow.accounts().findById(c.accountId())));
                }
                AgendaEntry entry = null;
                if (rowProblems.isEmpty()) {
                    entry = prepare(context, rowProblems, "", new CreateAgendaEntry(row.accountId(), row.contactId(), null,
                            row.typeId(), row.description(), row.scheduledAt() == null ? null : new Schedule.AtTime(row.scheduledAt()),
                            row.userId(), null), settings);
                }
                if (!rowProblems.isEmpty()) {
                    problems.addAll("entries[" + i + "]", rowProblems);
                    continue;
                }
                Instant createdAt = row.createdAt() == null ? context.now : row.createdAt().truncatedTo(ChronoUnit.MICROS);
                entry = AgendaEntry.create(entry.accountId(), entry.contactId().orElse(null), null, entry.typeId().orElse(null),
                        entry.description(), entry.schedule().orElse(null), entry.userId(), context.user.id(), null, null, createdAt);
                prepared.add(row.concluded() ? entry.conclude(createdAt).value() : entry);
            }
            problems.throwIfAny();
            List<AgendaEntry> stored = new ArrayList<>(prepared.size());
            for (AgendaEntry entry : prepared) {
                AgendaEntry inserted = insert(context, entry, null);
                if (!inserted.pending()) {
                    context.record(new AgendaEvent.AgendaEntryConcluded(context.meta(), inserted.id(), inserted.accountId(),
                            AgendaEvent.summary(inserted.description())));
                }
                stored.add(inserted);
            }
            return stored;
        });
    }

    @Override
    public AgendaEntry dispatch(DispatchIntervention command) {
        return useCases.write(actor, command, context -> {
            InvalidCommandException.Builder problems = InvalidCommandException.builder("DispatchIntervention");
            AccountId accountId = command.accountId();
            ServiceCase serviceCase = null;
            if (command.caseId() != null) {
                serviceCase = reachableCase(context, command.caseId(), "caseId");
                if (accountId != null && !accountId.equals(serviceCase.accountId())) {
                    problems.add("accountId", "NotOfCase");
                }
                accountId = serviceCase.accountId();
            } else if (accountId == null) {
                problems.add("accountId", "NotNull");
                problems.throwIfAny();
            }
            // The case's assignee dispatches for a case whose account it does not otherwise see.
            Account account = serviceCase != null && !AccountGuard.sees(context, accountId)
                    ? AccountGuard.load(context, accountId, "caseId") : AccountGuard.visible(context, accountId, "accountId");
            CatalogReferences.check(context, problems, "typeId", command.typeId(), CatalogKind.AGENDA_ENTRY_TYPE, null);
            // The case's assignee may be sent though the account is outside its scope: the case is theirs.
            boolean assignee = serviceCase != null && command.operatorId().equals(serviceCase.details().assigneeId());
            checkUser(context, problems, "operatorId", command.operatorId(), assignee ? null : account);
            problems.throwIfAny();
            AgendaEntry entry = AgendaEntry.intervention(account.id(), command.caseId(), command.typeId(), command.description(),
                    legacy(command.schedule(), AgendaLinks.settings(context)), command.operatorId(), context.user.id(), context.now);
            AgendaEntry stored = context.uow.agenda().insert(entry);
            Schedule schedule = stored.schedule().orElseThrow();
            context.record(new AgendaEvent.InterventionDispatched(context.meta(), stored.id(), stored.accountId(),
                    stored.caseId().orElse(null), stored.userId(), schedule.day(),
                    schedule instanceof Schedule.AtTime at ? at.at().toLocalTime() : null, AgendaEvent.summary(stored.description())));
            return stored;
        });
    }

    @Override
    public AgendaEntry concludeIntervention(ConcludeIntervention command) {
        return useCases.write(actor, command, context -> {
            AgendaEntry current = visible(context, command.entry().entryId(), "entry.entryId");
            requireVersion(current, command.entry().expectedVersion());
            InvalidCommandException.Builder problems = InvalidCommandException.builder("ConcludeIntervention");
            if (!current.onSite()) {
                problems.add("entry.entryId", "NotAnIntervention");
                problems.throwIfAny();
            }
            if (current.workReport().isPresent()) {
                throw new RuleViolationException("agenda.report-recorded", "entry.entryId", AgendaEvent.summary(current.description()));
            }
            Set<DocumentId> named = new HashSet<>();
            for (int i = 0; i < command.attachmentIds().size(); i++) {
                DocumentId id = command.attachmentIds().get(i);
                if (current.attachment(id).isEmpty()) {
                    problems.add("attachmentIds[" + i + "]", "NotAnAttachment");
                } else if (!named.add(id)) {
                    problems.add("attachmentIds[" + i + "]", "Repeated");
                }
            }
            String invoice = command.invoiceReference() == null || command.invoiceReference().isBlank() ? null
                    : command.invoiceReference().strip();
            problems.throwIfAny();
            WorkReport report = new WorkReport(command.report().strip(), command.attachmentIds(), invoice, context.now);
            Changed<AgendaEntry> changed = current.concludeWithReport(report);
            AgendaEntry stored = context.uow.agenda().update(changed.value());
            context.record(new AgendaEvent.InterventionConcluded(context.meta(), stored.id(), stored.accountId(),
                    stored.caseId().orElse(null), AgendaEvent.summary(stored.description()), AgendaEvent.summary(report.text()),
                    report.attachmentIds(), invoice));
            return stored;
        });
    }

    @Override
    public List<AgendaEntry> ofCase(CaseId caseId) {
        return useCases.read(actor, context -> {
            ServiceCase serviceCase = reachableCase(context, caseId, "caseId");
            return context.uow.agenda().findByCase(serviceCase.id()).stream().sorted(NEWEST_FIRST).toList();
        });
    }

    @Override
    public Attachment attach(AgendaEntryId entryId, AttachFile file, InputStream content) {
        DocumentId id = DocumentId.newId();
        TenantId[] tenant = {null};
        Uploads.Stored stored = useCases.read(actor, file, context -> {
            visible(context, entryId, "entryId");
            tenant[0] = context.uow.tenantId();
            return Uploads.write(store, tenant[0], id, Context.required(content, "content"), maxBytes, null);
        });
        try {
            return useCases.write(actor, file, context -> {
                AgendaEntry current = visible(context, entryId, "entryId");
                List<Attachment> attachments = new ArrayList<>(current.attachments());
                Attachment attachment = new Attachment(id, file.fileName().strip(), file.mediaType().toLowerCase(Locale.ROOT),
                        stored.size(), stored.sha256(), context.user.id(), context.now);
                attachments.add(attachment);
                AgendaEntry updated = context.uow.agenda().update(current.withAttachments(attachments, context.now));
                context.record(new AgendaEvent.AgendaAttachmentChanged(context.meta(), updated.id(), updated.accountId(),
                        AgendaEvent.summary(updated.description()), id, attachment.fileName(), false));
                return attachment;
            });
        } catch (RuntimeException e) {
            store.delete(tenant[0], id);
            throw e;
        }
    }

    @Override
    public AgendaEntry removeAttachment(AgendaEntryId entryId, DocumentId documentId) {
        return useCases.write(actor, context -> {
            AgendaEntry current = visible(context, entryId, "entryId");
            Attachment attachment = current.attachment(Context.required(documentId, "documentId"))
                    .orElseThrow(() -> new NotFoundException("attachment", "documentId", documentId));
            if (current.workReport().filter(r -> r.attachmentIds().contains(documentId)).isPresent()) {
                throw new RuleViolationException("agenda.attachment-in-report", "documentId", attachment.fileName());
            }
            List<Attachment> attachments = new ArrayList<>(current.attachments());
            attachments.remove(attachment);
            AgendaEntry updated = context.uow.agenda().update(current.withAttachments(attachments, context.now));
            context.record(new AgendaEvent.AgendaAttachmentChanged(context.meta(), updated.id(), updated.accountId(),
                    AgendaEvent.summary(updated.description()), documentId, attachment.fileName(), true));
            TenantId tenant = context.uow.tenantId();
            context.afterCommit(() -> store.delete(tenant, documentId));
            return updated;
        });
    }

    @Override
    public AttachmentContent openAttachment(AgendaEntryId entryId, DocumentId documentId) {
        return useCases.read(actor, context -> {
            AgendaEntry entry = visible(context, entryId, "entryId");
            Attachment attachment = entry.attachment(Context.required(documentId, "documentId"))
                    .orElseThrow(() -> new NotFoundException("attachment", "documentId", documentId));
            return new AttachmentContent(attachment, Uploads.read(store, context.uow.tenantId(), attachment.id(),
                    attachment.size(), attachment.sha256(), "attachment", context.locale));
        });
    }

    /** A case in the actor's reach: its account in the actor's scope, or the actor its assignee; not found otherwise. */
    private static ServiceCase reachableCase(Context context, CaseId caseId, String field) {
        ServiceCase serviceCase = context.uow.cases().findById(Context.required(caseId, field))
                .orElseThrow(() -> new NotFoundException("case", field, caseId));
        if (!(context.access() instanceof AccountAccess.Unrestricted)
                && !context.user.id().equals(serviceCase.details().assigneeId())
                && !AccountGuard.sees(context, serviceCase.accountId())) {
            throw new NotFoundException("case", field, caseId);
        }
        return serviceCase;
    }

    /** A row's reference: to nothing, or to an account outside the actor's scope, is unknown. */
    private static void checkReference(Context context, InvalidCommandException.Builder problems, String path, Object id,
            Optional<Account> account) {
        if (account.filter(a -> AccountGuard.sees(context, a)).isEmpty()) {
            problems.add(path, "UnknownReference", id);
        }
    }

    /** Stores a new entry and records its event. */
    static AgendaEntry insert(Context context, AgendaEntry entry, AgendaRule rule) {
        AgendaEntry stored = context.uow.agenda().insert(entry);
        Schedule schedule = stored.schedule().orElse(null);
        context.record(new AgendaEvent.AgendaEntryCreated(context.meta(), stored.id(), stored.accountId(),
                stored.contactId().orElse(null), stored.cardId().orElse(null), stored.typeId().orElse(null), stored.userId(),
                schedule == null ? null : schedule.day(), schedule instanceof Schedule.AtTime at ? at.at().toLocalTime() : null,
                AgendaEvent.summary(stored.description()), rule));
        return stored;
    }

    /** A schedule under the tenant's legacy-noon convention. */
    static Schedule legacy(Schedule schedule, AgendaSettings settings) {
        return schedule instanceof Schedule.AtTime at ? Schedule.fromLegacy(at.at(), settings.legacyNoonIsAnyTime()) : schedule;
    }

    /** Checks a create command and builds its entry; the problems are the caller's to throw. */
    private static AgendaEntry prepare(Context context, InvalidCommandException.Builder problems, String prefix,
            CreateAgendaEntry command, AgendaSettings settings) {
        AccountId accountId = command.accountId();
        if (command.contactId() != null) {
            Contact contact = ContactGuard.visible(context, command.contactId(), prefix + "contactId");
            if (accountId == null) {
                accountId = contact.accountId();
            } else if (!accountId.equals(contact.accountId())) {
                problems.add(prefix + "contactId", "NotOfAccount");
            }
        }
        if (accountId == null) {
            problems.add(prefix + "accountId", "NotNull");
            problems.throwIfAny();
        }
        Account account = AccountGuard.visible(context, accountId, command.accountId() == null ? prefix + "contactId" : prefix + "accountId");
        checkCard(context, problems, prefix + "cardId", command.cardId(), account.id());
        CatalogReferences.check(context, problems, prefix + "typeId", command.typeId(), CatalogKind.AGENDA_ENTRY_TYPE, null);
        UserId userId = command.userId() == null ? context.user.id() : command.userId();
        if (command.userId() != null) {
            checkUser(context, problems, prefix + "userId", command.userId(), account);
        }
        Recurrence recurrence = command.recurrence();
        if (recurrence != null) {
            if (command.schedule() == null) {
                problems.add(prefix + "schedule", "NeededForRecurrence");
            }
            if (recurrence.until() == null && recurrence.count() == null) {
                problems.add(prefix + "recurrence", "NeedsEnd");
            } else if (recurrence.until() != null && command.schedule() != null
                    && recurrence.until().isBefore(command.schedule().day())) {
                problems.add(prefix + "recurrence.until", "BeforeFirstOccurrence");
            }
        }
        if (!problems.isEmpty()) {
            return null;
        }
        return AgendaEntry.create(account.id(), command.contactId(), command.cardId(), command.typeId(),
                command.description(), legacy(command.schedule(), settings), userId, context.user.id(), recurrence, null,
                context.now);
    }

    private static void checkContact(Context context, InvalidCommandException.Builder problems, String path, ContactId contactId,
            AccountId accountId) {
        if (contactId == null) {
            return;
        }
        // A contact of an account outside the actor's scope is unknown to it, like one that does not exist.
        Contact contact = context.uow.contacts().findById(contactId)
                .filter(c -> c.accountId().equals(accountId) || AccountGuard.sees(context, c.accountId()))
                .orElse(null);
        if (contact == null) {
            problems.add(path, "UnknownReference", contactId);
        } else if (!contact.accountId().equals(accountId)) {
            problems.add(path, "NotOfAccount");
        }
    }

    /** A linked card must be one of the account's, in a pipeline the actor uses. */
    private static void checkCard(Context context, InvalidCommandException.Builder problems, String path, CardId cardId,
            AccountId accountId) {
        if (cardId == null) {
            return;
        }
        Card card = PipelineGuard.visibleCard(context, cardId, path);
        if (!card.accountId().filter(accountId::equals).isPresent()) {
            problems.add(path, "NotOfAccount");
        }
    }

    /** A user an entry is assigned to exists, is active and sees the entry's account (when known). */
    static void checkUser(Context context, InvalidCommandException.Builder problems, String path, UserId userId,
            Account account) {
        CrmUser user = context.uow.users().findById(userId).orElse(null);
        if (user == null) {
            problems.add(path, "UnknownReference", userId.value());
        } else if (!user.active()) {
            problems.add(path, "InactiveReference", user.displayName());
        } else if (account != null && !AccountGuard.userSees(context, user, account)) {
            problems.add(path, "CannotSeeAccount");
        }
    }

    /** The entry, if it exists and its account is in the actor's scope; not found otherwise. */
    static AgendaEntry visible(Context context, AgendaEntryId entryId, String field) {
        AgendaEntry entry = context.uow.agenda().findById(Context.required(entryId, field))
                .orElseThrow(() -> new NotFoundException("agenda-entry", field, entryId));
        // An intervention of a case is also its assignee's, as the case is; the case is read only for such a reader.
        if (entry.caseId().isPresent() && !(context.access() instanceof AccountAccess.Unrestricted)
                && !AccountGuard.sees(context, entry.accountId())
                && context.uow.cases().findById(entry.caseId().get())
                        .filter(c -> context.user.id().equals(c.details().assigneeId())).isPresent()) {
            return entry;
        }
        AccountGuard.reachableFromRecord(context, entry.accountId(), "agenda-entry", field, entryId);
        return entry;
    }

    private static void requireVersion(AgendaEntry entry, Version expected) {
        if (!entry.version().equals(expected)) {
            throw ConflictException.staleVersion("agenda-entry", entry.id(), expected, entry.version());
        }
    }

    @Override
    public AgendaSettings settings() {
        return settingsService.settings();
    }

    @Override
    public AgendaSettings updateSettings(UpdateAgendaSettings command) {
        return settingsService.updateSettings(command);
    }
}
