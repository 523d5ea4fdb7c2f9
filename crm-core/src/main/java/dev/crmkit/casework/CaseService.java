package dev.crmkit.casework;

import dev.crmkit.access.AccountAccess;
import dev.crmkit.access.CrmUser;
import dev.crmkit.account.Account;
import dev.crmkit.catalog.CatalogEntry;
import dev.crmkit.catalog.CatalogKind;
import dev.crmkit.common.AccountId;
import dev.crmkit.common.CaseId;
import dev.crmkit.common.CatalogEntryId;
import dev.crmkit.common.CommentId;
import dev.crmkit.common.ConflictException;
import dev.crmkit.common.ContactId;
import dev.crmkit.common.DocumentId;
import dev.crmkit.common.FieldChange;
import dev.crmkit.common.InvalidCommandException;
import dev.crmkit.common.Messages;
import dev.crmkit.common.NotFoundException;
import dev.crmkit.common.Page;
import dev.crmkit.common.RuleViolationException;
import dev.crmkit.common.TenantId;
import dev.crmkit.common.UserId;
import dev.crmkit.common.Version;
import dev.crmkit.contact.Contact;
import dev.crmkit.event.CaseEvent;
import dev.crmkit.event.CaseSettingsEvent;
import dev.crmkit.history.ChangeLine;
import dev.crmkit.history.TimelineEntry;
import dev.crmkit.internal.AccountGuard;
import dev.crmkit.internal.Caller;
import dev.crmkit.internal.Context;
import dev.crmkit.internal.HistoryWords;
import dev.crmkit.internal.Timeline;
import dev.crmkit.internal.Uploads;
import dev.crmkit.internal.UseCases;
import dev.crmkit.pipeline.AttachFile;
import dev.crmkit.pipeline.Attachment;
import dev.crmkit.pipeline.AttachmentContent;
import dev.crmkit.spi.AccountName;
import dev.crmkit.spi.CaseCriteria;
import dev.crmkit.spi.CaseHistoryRecord;
import dev.crmkit.spi.DocumentStore;
import java.io.InputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** {@link Cases} for one actor. */
final class CaseService implements Cases {

    private static final Comparator<ServiceCase> LATEST_FIRST =
            Comparator.comparing(ServiceCase::updatedAt).reversed().thenComparing(ServiceCase::id);

    private final UseCases useCases;
    private final Caller actor;
    private final DocumentStore store;
    private final long maxBytes;

    CaseService(UseCases useCases, Caller actor, DocumentStore store, long maxBytes) {
        this.useCases = useCases;
        this.actor = actor;
        this.store = store;
        this.maxBytes = maxBytes;
    }

    @Override
    public ServiceCase open(OpenCase command) {
        return useCases.write(actor, command, context -> {
            // The account's name and responsibles only (one statement), not the whole account with its collections.
            List<AccountName> found = context.uow.accounts().names(Set.of(command.accountId()));
            if (found.isEmpty() || !AccountGuard.seesAll(context, found, AccountName::responsibles).test(found.get(0))) {
                throw new NotFoundException("account", "accountId", command.accountId());
            }
            AccountName account = found.get(0);
            Map<String, String> names = new HashMap<>();
            names.put(account.id().toString(), account.legalName());
            check(context, "OpenCase", account.id(), null, command.details(), names);
            SlaSettings sla = context.uow.cases().slaSettings();
            ServiceCase opened = ServiceCase.open(context.uow.cases().nextNumber(), account.id(), command.details(),
                    context.user.id(), context.now, sla, calendar(context, sla));
            ServiceCase stored = context.uow.cases().insert(opened);
            List<FieldChange> changes = new ArrayList<>();
            changes.add(new FieldChange("status", null, CaseStatus.NEW.name()));
            stored.details().fields().forEach((field, value) -> {
                if (value != null) {
                    changes.add(new FieldChange(field, null, value));
                }
            });
            record(context, new CaseEvent.CaseOpened(context.meta(), stored.id(), stored.accountId(), stored.number(),
                    stored.details().subject(), changes), names);
            return stored;
        });
    }

    @Override
    public ServiceCase update(UpdateCase command) {
        return useCases.write(actor, command, context -> {
            ServiceCase current = current(context, command.caseId(), command.expectedVersion());
            Map<String, String> names = new HashMap<>();
            check(context, "UpdateCase", current.accountId(), current.details(), command.details(), names);
            var changed = current.update(command.details(), context.now);
            if (!changed.changed()) {
                return current;
            }
            ServiceCase next = changed.value();
            if (!Objects.equals(current.details().priorityId(), next.details().priorityId())) {
                // A new priority brings its own targets: the clocks are set anew, their stops and pauses kept.
                SlaSettings sla = context.uow.cases().slaSettings();
                next = next.resetClocks(sla, calendar(context, sla));
            }
            ServiceCase stored = context.uow.cases().update(next);
            record(context, new CaseEvent.CaseUpdated(context.meta(), stored.id(), stored.accountId(), stored.number(),
                    stored.details().subject(), changed.changes()), names);
            return stored;
        });
    }

    @Override
    public ServiceCase changeStatus(ChangeCaseStatus command) {
        return useCases.write(actor, command, context -> {
            ServiceCase current = current(context, command.caseId(), command.expectedVersion());
            CaseStatus to = command.status();
            if (!current.status().allows(to)) {
                throw new RuleViolationException("case.transition", "status", Long.toString(current.number()),
                        new Messages.Key("value.status." + current.status().name()), new Messages.Key("value.status." + to.name()));
            }
            if (current.status() == CaseStatus.RESOLVED && to == CaseStatus.OPEN) {
                int days = context.uow.cases().settings().reopenWindowDays();
                if (current.resolvedAt().orElseThrow().plus(Duration.ofDays(days)).isBefore(context.now)) {
                    throw new RuleViolationException("case.reopen-window", "status", Long.toString(current.number()), days);
                }
            }
            SlaSettings sla = context.uow.cases().slaSettings();
            ServiceCase stored = context.uow.cases().update(current.moveTo(to, context.now, sla, calendar(context, sla)));
            record(context, new CaseEvent.CaseStatusChanged(context.meta(), stored.id(), stored.accountId(), stored.number(),
                    stored.details().subject(), current.status(), to), Map.of());
            if (to == CaseStatus.RESOLVED) {
                SatisfactionService.issue(context, stored);
            }
            return stored;
        });
    }

    @Override
    public CaseComment comment(AddCaseComment command) {
        return useCases.write(actor, command, context -> {
            ServiceCase current = visible(context, command.caseId(), "caseId");
            CaseComment comment = CaseComment.builder(CommentId.newId(), command.text().strip(), context.user.id(), context.now)
                    .internal(command.internal()).build();
            ServiceCase stored = context.uow.cases().update(current.withComment(comment, context.now));
            record(context, new CaseEvent.CaseCommented(context.meta(), stored.id(), stored.accountId(), stored.number(),
                    stored.details().subject(), comment.id(), comment.internal(), comment.text()), Map.of());
            return comment;
        });
    }

    @Override
    public Attachment attach(CaseId caseId, AttachFile file, InputStream content) {
        DocumentId id = DocumentId.newId();
        TenantId[] tenant = {null};
        Uploads.Stored stored = useCases.read(actor, file, context -> {
            visible(context, caseId, "caseId");
            tenant[0] = context.uow.tenantId();
            return Uploads.write(store, tenant[0], id, Context.required(content, "content"), maxBytes, null);
        });
        try {
            return useCases.write(actor, file, context -> {
                ServiceCase current = visible(context, caseId, "caseId");
                List<Attachment> attachments = new ArrayList<>(current.attachments());
                Attachment attachment = new Attachment(id, file.fileName().strip(), file.mediaType().toLowerCase(Locale.ROOT),
                        stored.size(), stored.sha256(), context.user.id(), context.now);
                attachments.add(attachment);
                ServiceCase updated = context.uow.cases().update(current.withAttachments(attachments, context.now));
                record(context, new CaseEvent.CaseAttachmentChanged(context.meta(), updated.id(), updated.accountId(),
                        updated.number(), updated.details().subject(), id, attachment.fileName(), false), Map.of());
                return attachment;
            });
        } catch (RuntimeException e) {
            store.delete(tenant[0], id);
            throw e;
        }
    }

    @Override
    public ServiceCase removeAttachment(CaseId caseId, DocumentId documentId) {
        return useCases.write(actor, context -> {
            ServiceCase current = visible(context, caseId, "caseId");
            Attachment attachment = current.attachment(Context.required(documentId, "documentId"))
                    .orElseThrow(() -> new NotFoundException("attachment", "documentId", documentId));
            List<Attachment> attachments = new ArrayList<>(current.attachments());
            attachments.remove(attachment);
            ServiceCase updated = context.uow.cases().update(current.withAttachments(attachments, context.now));
            record(context, new CaseEvent.CaseAttachmentChanged(context.meta(), updated.id(), updated.accountId(),
                    updated.number(), updated.details().subject(), documentId, attachment.fileName(), true), Map.of());
            TenantId tenant = context.uow.tenantId();
            context.afterCommit(() -> store.delete(tenant, documentId));
            return updated;
        });
    }

    @Override
    public AttachmentContent openAttachment(CaseId caseId, DocumentId documentId) {
        return useCases.read(actor, context -> {
            ServiceCase serviceCase = visible(context, caseId, "caseId");
            Attachment attachment = serviceCase.attachment(Context.required(documentId, "documentId"))
                    .orElseThrow(() -> new NotFoundException("attachment", "documentId", documentId));
            return new AttachmentContent(attachment, Uploads.read(store, context.uow.tenantId(), attachment.id(),
                    attachment.size(), attachment.sha256(), "attachment", context.locale));
        });
    }

    @Override
    public ServiceCase get(CaseId caseId) {
        return useCases.read(actor, context -> visible(context, caseId, "caseId"));
    }

    @Override
    public ServiceCase forCustomer(CaseId caseId) {
        return useCases.read(actor, context -> visible(context, caseId, "caseId").forCustomer());
    }

    @Override
    public Optional<ServiceCase> byNumber(long number) {
        return useCases.read(actor, context -> {
            if (number < 1) {
                throw InvalidCommandException.single("number", "Min", 1);
            }
            return context.uow.cases().findByNumber(number).filter(c -> reaches(context, c));
        });
    }

    @Override
    public List<ServiceCase> ofAccount(AccountId accountId) {
        return useCases.read(actor, context -> {
            Account account = AccountGuard.visible(context, accountId, "accountId");
            return context.uow.cases().findByAccount(account.id()).stream().sorted(LATEST_FIRST).toList();
        });
    }

    @Override
    public List<TimelineEntry> history(CaseId caseId) {
        return useCases.read(actor, context -> {
            ServiceCase serviceCase = visible(context, caseId, "caseId");
            List<TimelineEntry> entries = new ArrayList<>();
            for (CaseHistoryRecord record : context.uow.cases().history(serviceCase.id())) {
                entries.add(entry(context.locale, record));
            }
            return entries;
        });
    }

    @Override
    public CaseSettings settings() {
        return useCases.read(actor, context -> context.uow.cases().settings());
    }

    @Override
    public CaseSettings updateSettings(CaseSettings settings) {
        return useCases.write(actor, settings, context -> {
            context.requireAdmin();
            CaseSettings current = context.uow.cases().settings();
            if (current.equals(settings)) {
                return current;
            }
            context.uow.cases().saveSettings(settings);
            context.record(new CaseSettingsEvent.CaseSettingsChanged(context.meta(), List.of(new FieldChange(
                    "reopenWindowDays", Integer.toString(current.reopenWindowDays()), Integer.toString(settings.reopenWindowDays())))));
            return settings;
        });
    }

    @Override
    public CaseSla sla(CaseId caseId) {
        return useCases.read(actor, context -> {
            ServiceCase serviceCase = visible(context, caseId, "caseId");
            return serviceCase.sla(context.now, calendar(context, context.uow.cases().slaSettings()));
        });
    }

    @Override
    public Page<QueuedCase> queue(CaseQueue query) {
        return useCases.read(actor, query, context -> {
            InvalidCommandException.Builder problems = InvalidCommandException.builder("CaseQueue");
            if (query.openedFrom() != null && query.openedTo() != null && !query.openedTo().isAfter(query.openedFrom())) {
                problems.add("openedTo", "AfterFrom");
            }
            filterReferences(context, query, problems);
            problems.throwIfAny();
            if (!query.accounts().isEmpty()) {
                // An account filter names accounts in the actor's scope: one outside it is answered as an unknown one.
                List<AccountName> found = context.uow.accounts().names(query.accounts());
                var sees = AccountGuard.seesAll(context, found, AccountName::responsibles);
                Set<AccountId> seen = new HashSet<>();
                found.stream().filter(sees).forEach(a -> seen.add(a.id()));
                for (AccountId accountId : query.accounts()) {
                    if (!seen.contains(accountId)) {
                        throw new NotFoundException("account", "accounts", accountId);
                    }
                }
            }
            TenantId tenant = context.uow.tenantId();
            CaseCriteria.QueuePosition after = query.cursor() == null ? null
                    : useCases.cursors().caseQueue(tenant, query.cursor());
            CaseCriteria criteria = new CaseCriteria(query, context.access(), context.user.id(), context.now);
            List<ServiceCase> found = context.uow.cases().queue(criteria, after, query.pageSize() + 1);
            boolean more = found.size() > query.pageSize();
            List<ServiceCase> page = more ? found.subList(0, query.pageSize()) : found;
            String next = more ? useCases.cursors().caseQueue(tenant, CaseCriteria.QueuePosition.of(page.get(page.size() - 1)))
                    : null;
            BusinessCalendar calendar = calendar(context, context.uow.cases().slaSettings());
            return new Page<>(page.stream().map(c -> new QueuedCase(c, c.sla(context.now, calendar))).toList(), next, null);
        });
    }

    /**
     * The ids a queue's filters name must be the tenant's (one read of the catalog entries, one of the users, each only
     * when named): an id of another tenant, or of nothing, is refused rather than matching nothing.
     */
    private static void filterReferences(Context context, CaseQueue query, InvalidCommandException.Builder problems) {
        Set<CatalogEntryId> entryIds = new HashSet<>(query.priorities());
        entryIds.addAll(query.teams());
        entryIds.addAll(query.categories());
        Map<CatalogEntryId, CatalogEntry> entries = new HashMap<>();
        if (!entryIds.isEmpty()) {
            context.uow.catalog().findByIds(entryIds).forEach(e -> entries.put(e.id(), e));
        }
        entryFilter(problems, "priorities", query.priorities(), entries, CatalogKind.PRIORITY);
        entryFilter(problems, "teams", query.teams(), entries, CatalogKind.TEAM);
        entryFilter(problems, "categories", query.categories(), entries, CatalogKind.CASE_CATEGORY);
        Set<UserId> userIds = new HashSet<>(query.assignees());
        userIds.remove(context.user.id());
        if (!userIds.isEmpty()) {
            context.uow.users().findByIds(userIds).forEach(u -> userIds.remove(u.id()));
            userIds.forEach(id -> problems.add("assignees", "UnknownReference", id.value()));
        }
    }

    private static void entryFilter(InvalidCommandException.Builder problems, String path, Set<CatalogEntryId> ids,
            Map<CatalogEntryId, CatalogEntry> entries, CatalogKind kind) {
        for (CatalogEntryId id : ids) {
            CatalogEntry entry = entries.get(id);
            if (entry == null) {
                problems.add(path, "UnknownReference", id.toString());
            } else if (entry.kind() != kind) {
                problems.add(path, "WrongKind", new Messages.Key("catalog-kind." + kind.name()));
            }
        }
    }

    @Override
    public SlaSettings slaSettings() {
        return useCases.read(actor, context -> context.uow.cases().slaSettings());
    }

    @Override
    public SlaSettings updateSlaSettings(UpdateSlaSettings command) {
        return useCases.write(actor, command, context -> {
            context.requireAdmin();
            InvalidCommandException.Builder problems = InvalidCommandException.builder("UpdateSlaSettings");
            BusinessHours hours = command.hours();
            if (!hours.opens().isBefore(hours.closes())) {
                problems.add("hours.closes", "AfterFrom");
            }
            Set<CatalogEntryId> priorities = new HashSet<>();
            command.targets().forEach(t -> priorities.add(t.priorityId()));
            Map<CatalogEntryId, CatalogEntry> entries = new HashMap<>();
            if (!priorities.isEmpty()) {
                context.uow.catalog().findByIds(priorities).forEach(e -> entries.put(e.id(), e));
            }
            Set<CatalogEntryId> seen = new HashSet<>();
            for (int i = 0; i < command.targets().size(); i++) {
                SlaTarget target = command.targets().get(i);
                String path = "targets[" + i + "].priorityId";
                CatalogEntry entry = entries.get(target.priorityId());
                if (entry == null) {
                    problems.add(path, "UnknownReference", target.priorityId().toString());
                } else if (entry.kind() != CatalogKind.PRIORITY) {
                    problems.add(path, "WrongKind", new Messages.Key("catalog-kind." + CatalogKind.PRIORITY.name()));
                } else if (!seen.add(target.priorityId())) {
                    problems.add(path, "DuplicateTarget", entry.name());
                }
            }
            problems.throwIfAny();
            SlaSettings current = context.uow.cases().slaSettings();
            if (!current.version().equals(command.expectedVersion())) {
                throw ConflictException.staleVersion("sla-settings", context.uow.tenantId(), command.expectedVersion(),
                        current.version());
            }
            SlaSettings next = new SlaSettings(hours, command.targets(), command.atRiskPercent(), current.version());
            if (next.equals(current)) {
                return current;
            }
            SlaSettings stored = context.uow.cases().saveSlaSettings(next);
            List<FieldChange> changes = new ArrayList<>();
            compare(changes, "hours.workingDays", current.hours().workingDays(), hours.workingDays());
            compare(changes, "hours.opens", current.hours().opens(), hours.opens());
            compare(changes, "hours.closes", current.hours().closes(), hours.closes());
            compare(changes, "hours.holidays", current.hours().holidays(), hours.holidays());
            compare(changes, "targets", targetsText(current.targets()), targetsText(command.targets()));
            compare(changes, "atRiskPercent", current.atRiskPercent(), command.atRiskPercent());
            context.record(new CaseSettingsEvent.SlaSettingsChanged(context.meta(), changes));
            return stored;
        });
    }

    private static void compare(List<FieldChange> changes, String field, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            changes.add(new FieldChange(field, before.toString(), after.toString()));
        }
    }

    /** Targets as one text, in priority order, for the change an event reports. */
    private static String targetsText(List<SlaTarget> targets) {
        return targets.stream().sorted(Comparator.comparing(SlaTarget::priorityId))
                .map(t -> t.priorityId() + "=" + t.firstResponseMinutes() + "/" + t.resolutionMinutes())
                .collect(java.util.stream.Collectors.joining(","));
    }

    /** The tenant's business calendar: the settings' hours in the tenant's zone. */
    private static BusinessCalendar calendar(Context context, SlaSettings settings) {
        return settings.calendar(context.tenant.timeZone());
    }

    /** The words of one history record: a summary and one line per changed field, in the reader's language. */
    static TimelineEntry entry(Locale locale, CaseHistoryRecord record) {
        CaseEvent event = record.event();
        List<ChangeLine> lines = new ArrayList<>();
        for (FieldChange change : event.changes()) {
            lines.add(new ChangeLine(change.field(), HistoryWords.label(locale, change.field()), change.oldValue(),
                    change.newValue(),
                    HistoryWords.words(locale, change.field(), change.oldValue(), nameOf(record, change.oldValue())),
                    HistoryWords.words(locale, change.field(), change.newValue(), nameOf(record, change.newValue()))));
        }
        return new TimelineEntry(event.meta().eventId(), event.meta().occurredAt(), event.meta().actor(), record.actorName(),
                event.getClass().getSimpleName(), Timeline.caseSummary(locale, event), event.changes(), lines);
    }

    private static String nameOf(CaseHistoryRecord record, String value) {
        return value == null ? null : record.names().get(value);
    }

    /** Records a case event and its entry in the case's history, with the names of the time. */
    private static void record(Context context, CaseEvent event, Map<String, String> names) {
        context.record(event);
        Map<String, String> used = new HashMap<>();
        for (FieldChange change : event.changes()) {
            for (String value : new String[] {change.oldValue(), change.newValue()}) {
                if (value != null && names.containsKey(value)) {
                    used.put(value, names.get(value));
                }
            }
        }
        context.uow.cases().appendHistory(List.of(new CaseHistoryRecord(event, context.user.displayName(), used)));
    }

    /**
     * Checks the references of new details (those that changed, for an update), reading each kind once, and notes the
     * names of the old and new values for the history.
     */
    private static void check(Context context, String commandName, AccountId accountId, CaseDetails before, CaseDetails after,
            Map<String, String> names) {
        InvalidCommandException.Builder problems = InvalidCommandException.builder(commandName);
        Set<CatalogEntryId> entryIds = new HashSet<>();
        Set<UserId> userIds = new HashSet<>();
        Set<ContactId> contactIds = new HashSet<>();
        collect(before, after, CaseDetails::categoryId, entryIds);
        collect(before, after, CaseDetails::priorityId, entryIds);
        collect(before, after, CaseDetails::teamId, entryIds);
        collect(before, after, CaseDetails::assigneeId, userIds);
        collect(before, after, CaseDetails::contactId, contactIds);
        Map<CatalogEntryId, CatalogEntry> entries = new HashMap<>();
        if (!entryIds.isEmpty()) {
            context.uow.catalog().findByIds(entryIds).forEach(e -> entries.put(e.id(), e));
        }
        entries.values().forEach(e -> names.put(e.id().toString(), e.name()));
        Map<UserId, CrmUser> users = new HashMap<>();
        users.put(context.user.id(), context.user);
        userIds.remove(context.user.id());
        if (!userIds.isEmpty()) {
            context.uow.users().findByIds(userIds).forEach(u -> users.put(u.id(), u));
        }
        users.values().forEach(u -> {
            names.put(u.id().value(), u.displayName());
            context.names.user(u);
        });
        Map<ContactId, Contact> contacts = new HashMap<>();
        if (!contactIds.isEmpty()) {
            context.uow.contacts().findByIds(contactIds).forEach(c -> contacts.put(c.id(), c));
        }
        contacts.values().forEach(c -> names.put(c.id().toString(), c.details().name()));
        entry(problems, "details.categoryId", before, after, CaseDetails::categoryId, entries, CatalogKind.CASE_CATEGORY);
        entry(problems, "details.priorityId", before, after, CaseDetails::priorityId, entries, CatalogKind.PRIORITY);
        entry(problems, "details.teamId", before, after, CaseDetails::teamId, entries, CatalogKind.TEAM);
        UserId assignee = after.assigneeId();
        if (assignee != null && (before == null || !assignee.equals(before.assigneeId()))) {
            CrmUser user = users.get(assignee);
            if (user == null) {
                problems.add("details.assigneeId", "UnknownReference", assignee.value());
            } else if (!user.active()) {
                problems.add("details.assigneeId", "InactiveReference", user.displayName());
            }
        }
        ContactId contactId = after.contactId();
        if (contactId != null && (before == null || !contactId.equals(before.contactId()))) {
            Contact contact = contacts.get(contactId);
            // A contact of another account is answered as an unknown one: it names nothing the case may refer to.
            if (contact == null || !contact.accountId().equals(accountId)) {
                problems.add("details.contactId", "UnknownReference", contactId.toString());
            }
        }
        problems.throwIfAny();
    }

    private static <T> void collect(CaseDetails before, CaseDetails after, java.util.function.Function<CaseDetails, T> part,
            Set<T> ids) {
        T now = part.apply(after);
        T old = before == null ? null : part.apply(before);
        if (!Objects.equals(now, old)) {
            if (now != null) {
                ids.add(now);
            }
            if (old != null) {
                ids.add(old);
            }
        }
    }

    private static void entry(InvalidCommandException.Builder problems, String path, CaseDetails before, CaseDetails after,
            java.util.function.Function<CaseDetails, CatalogEntryId> part, Map<CatalogEntryId, CatalogEntry> entries,
            CatalogKind kind) {
        CatalogEntryId id = part.apply(after);
        if (id == null || (before != null && id.equals(part.apply(before)))) {
            return;
        }
        CatalogEntry entry = entries.get(id);
        if (entry == null) {
            problems.add(path, "UnknownReference", id.toString());
        } else if (entry.kind() != kind) {
            problems.add(path, "WrongKind", new Messages.Key("catalog-kind." + kind.name()));
        } else if (!entry.active()) {
            problems.add(path, "InactiveReference", entry.name());
        }
    }

    /** A case the actor reaches, at the version the caller last saw. */
    private static ServiceCase current(Context context, CaseId caseId, Version expected) {
        ServiceCase current = visible(context, caseId, "caseId");
        if (!current.version().equals(expected)) {
            throw ConflictException.staleVersion("case", current.id(), expected, current.version());
        }
        return current;
    }

    /**
     * A case the actor reaches: through its account's scope, or as its assignee; otherwise not found, exactly as an
     * unknown id.
     */
    static ServiceCase visible(Context context, CaseId caseId, String field) {
        ServiceCase found = context.uow.cases().findById(Context.required(caseId, field))
                .orElseThrow(() -> new NotFoundException("case", field, caseId));
        if (!reaches(context, found)) {
            throw new NotFoundException("case", field, caseId);
        }
        return found;
    }

    private static boolean reaches(Context context, ServiceCase serviceCase) {
        // A case's account is never deleted while it has cases: an unrestricted reader needs no read of it.
        return context.access() instanceof AccountAccess.Unrestricted
                || context.user.id().equals(serviceCase.details().assigneeId()) || AccountGuard.sees(context, serviceCase.accountId());
    }

}
