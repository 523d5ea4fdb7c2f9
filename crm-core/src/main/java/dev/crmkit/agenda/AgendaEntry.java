package dev.crmkit.agenda;

import dev.crmkit.common.AccountId;
import dev.crmkit.common.AgendaEntryId;
import dev.crmkit.common.CardId;
import dev.crmkit.common.CaseId;
import dev.crmkit.common.CatalogEntryId;
import dev.crmkit.common.DocumentId;
import dev.crmkit.common.Changed;
import dev.crmkit.common.Changes;
import dev.crmkit.common.ContactId;
import dev.crmkit.common.UserId;
import dev.crmkit.common.Version;
import dev.crmkit.pipeline.Attachment;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An agenda entry: an interaction with an account, or with one of its contacts, optionally linked to
 * a card; pending on its user's task list until concluded. Immutable; edits return a new state.
 *
 * <p>A recurring entry is one occurrence of a series: it knows the series' first day and its own index, so the
 * next occurrence is computed from the first day and never drifts.
 */
public final class AgendaEntry {

    /** The largest description, in characters (64 KiB). */
    public static final int MAX_DESCRIPTION = 65_536;

    private final AgendaEntryId id;
    private final AccountId accountId;
    private final ContactId contactId;
    private final CardId cardId;
    private final CatalogEntryId typeId;
    private final String description;
    private final Schedule schedule;
    private final AgendaStatus status;
    private final UserId userId;
    private final UserId createdBy;
    private final Instant createdAt;
    private final Instant modifiedAt;
    private final Instant concludedAt;
    private final Recurrence recurrence;
    private final AgendaEntryId seriesId;
    private final LocalDate seriesStart;
    private final int occurrence;
    private final String dedupeKey;
    private final CaseId caseId;
    private final boolean onSite;
    private final List<Attachment> attachments;
    private final WorkReport workReport;
    private final Version version;

    private AgendaEntry(AgendaEntryId id, AccountId accountId, ContactId contactId, CardId cardId, CatalogEntryId typeId,
            String description, Schedule schedule, AgendaStatus status, UserId userId, UserId createdBy, Instant createdAt,
            Instant modifiedAt, Instant concludedAt, Recurrence recurrence, AgendaEntryId seriesId, LocalDate seriesStart, int occurrence,
            String dedupeKey, CaseId caseId, boolean onSite, List<Attachment> attachments, WorkReport workReport, Version version) {
        this.id = Objects.requireNonNull(id, "id");
        this.accountId = Objects.requireNonNull(accountId, "accountId");
        this.contactId = contactId;
        this.cardId = cardId;
        this.typeId = typeId;
        this.description = Objects.requireNonNull(description, "description");
        this.schedule = schedule;
        this.status = Objects.requireNonNull(status, "status");
        this.userId = Objects.requireNonNull(userId, "userId");
        this.createdBy = createdBy;
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.modifiedAt = Objects.requireNonNull(modifiedAt, "modifiedAt");
        this.concludedAt = concludedAt;
        this.recurrence = recurrence;
        this.seriesId = seriesId;
        this.seriesStart = seriesStart;
        this.occurrence = occurrence;
        this.dedupeKey = dedupeKey;
        this.caseId = caseId;
        this.onSite = onSite;
        this.attachments = List.copyOf(attachments);
        this.workReport = workReport;
        this.version = Objects.requireNonNull(version, "version");
        if (recurrence != null && (schedule == null || seriesStart == null || seriesId == null)) {
            throw new IllegalStateException("a recurring entry needs a schedule and its series' first day");
        }
        if ((status == AgendaStatus.CONCLUDED) != (concludedAt != null)) {
            throw new IllegalStateException("concludedAt is set exactly when the entry is concluded");
        }
    }

    /**
     * A new pending entry, not stored yet.
     *
     * @param accountId the account (the contact's account when the subject is a contact)
     * @param contactId the contact, or {@code null}
     * @param cardId the linked card, or {@code null}
     * @param typeId the type, or {@code null}
     * @param description the description
     * @param schedule when it is due, or {@code null}
     * @param userId whose task it is
     * @param createdBy who created it; {@code null} for an agenda rule
     * @param recurrence how it repeats, or {@code null}
     * @param dedupeKey the trigger of the agenda rule that created it, or {@code null}
     * @param now the creation instant
     * @return the entry, at {@link Version#UNSAVED}
     */
    public static AgendaEntry create(AccountId accountId, ContactId contactId, CardId cardId, CatalogEntryId typeId,
            String description, Schedule schedule, UserId userId, UserId createdBy, Recurrence recurrence, String dedupeKey,
            Instant now) {
        AgendaEntryId id = AgendaEntryId.newId();
        return new AgendaEntry(id, accountId, contactId, cardId, typeId, description, schedule,
                AgendaStatus.PENDING, userId, createdBy, now, now, null, recurrence, recurrence == null ? null : id,
                recurrence == null ? null : schedule.day(), 0, dedupeKey, null, false, List.of(), null, Version.UNSAVED);
    }

    /**
     * A new on-site intervention, pending on its operator's task list, not stored yet.
     *
     * @param accountId the account served
     * @param caseId the service case it serves, or {@code null} for an account without a case
     * @param typeId the type, or {@code null}
     * @param description what is to be done
     * @param schedule when the operator is expected on site
     * @param operatorId the operator sent
     * @param createdBy who dispatched it
     * @param now the creation instant
     * @return the entry, at {@link Version#UNSAVED}
     */
    public static AgendaEntry intervention(AccountId accountId, CaseId caseId, CatalogEntryId typeId, String description,
            Schedule schedule, UserId operatorId, UserId createdBy, Instant now) {
        Objects.requireNonNull(schedule, "schedule");
        return new AgendaEntry(AgendaEntryId.newId(), accountId, null, null, typeId, description, schedule,
                AgendaStatus.PENDING, operatorId, createdBy, now, now, null, null, null, null, 0, null, caseId, true, List.of(),
                null, Version.UNSAVED);
    }

    /**
     * The same new entry, serving a service case (an agenda rule's task about a case).
     *
     * @param newCaseId the case
     * @return the entry, linked to the case
     */
    AgendaEntry servingCase(CaseId newCaseId) {
        return new AgendaEntry(id, accountId, contactId, cardId, typeId, description, schedule, status, userId, createdBy,
                createdAt, modifiedAt, concludedAt, recurrence, seriesId, seriesStart, occurrence, dedupeKey, newCaseId, onSite,
                attachments, workReport, version);
    }

    /**
     * A stored entry, as an adapter loads it.
     *
     * @param id the id
     * @param accountId the account
     * @param contactId the contact, or {@code null}
     * @param cardId the card, or {@code null}
     * @param typeId the type, or {@code null}
     * @param description the description
     * @param schedule the schedule, or {@code null}
     * @param status pending or concluded
     * @param userId whose task it is
     * @param createdBy who created it, or {@code null} for a rule
     * @param createdAt when it was created
     * @param modifiedAt when it last changed
     * @param concludedAt when it was concluded, or {@code null}
     * @param recurrence how it repeats, or {@code null}
     * @param seriesId the first occurrence of its series (itself for the first), or {@code null}
     * @param seriesStart the series' first day, or {@code null}
     * @param occurrence its index in the series, 0 for the first
     * @param dedupeKey the rule trigger that created it, or {@code null}
     * @param caseId the service case it serves, or {@code null}
     * @param onSite whether it is an on-site intervention
     * @param attachments its attached files
     * @param workReport the work report recorded when it was concluded, or {@code null}
     * @param version the stored version
     * @return the entry
     */
    static AgendaEntry reconstitute(AgendaEntryId id, AccountId accountId, ContactId contactId, CardId cardId,
            CatalogEntryId typeId, String description, Schedule schedule, AgendaStatus status, UserId userId, UserId createdBy,
            Instant createdAt, Instant modifiedAt, Instant concludedAt, Recurrence recurrence, AgendaEntryId seriesId,
            LocalDate seriesStart, int occurrence, String dedupeKey, CaseId caseId, boolean onSite, List<Attachment> attachments,
            WorkReport workReport, Version version) {
        return new AgendaEntry(id, accountId, contactId, cardId, typeId, description, schedule, status, userId, createdBy,
                createdAt, modifiedAt, concludedAt, recurrence, seriesId, seriesStart, occurrence, dedupeKey, caseId, onSite,
                attachments, workReport, version);
    }

    /**
     * Changes what a user edits.
     *
     * @param newContactId the contact, or {@code null}
     * @param newCardId the card, or {@code null}
     * @param newTypeId the type, or {@code null}
     * @param newDescription the description
     * @param newSchedule the schedule, or {@code null} (not for a recurring entry)
     * @param newUserId whose task it is
     * @param now the instant of the edit
     * @return the new state and the changed fields
     */
    Changed<AgendaEntry> edit(ContactId newContactId, CardId newCardId, CatalogEntryId newTypeId, String newDescription,
            Schedule newSchedule, UserId newUserId, Instant now) {
        Changes changes = new Changes()
                .compare("contactId", contactId, newContactId)
                .compare("cardId", cardId, newCardId)
                .compare("typeId", typeId, newTypeId)
                .compare("description", description, newDescription)
                .compare("schedule", text(schedule), text(newSchedule))
                .compare("userId", userId, newUserId);
        if (changes.isEmpty()) {
            return new Changed<>(this, changes.toList());
        }
        // Moving a recurring entry's first occurrence moves its series; a later one keeps the series' first day.
        LocalDate newStart = recurrence != null && occurrence == 0 ? newSchedule.day() : seriesStart;
        return new Changed<>(new AgendaEntry(id, accountId, newContactId, newCardId, newTypeId, newDescription, newSchedule,
                status, newUserId, createdBy, createdAt, now, concludedAt, recurrence, seriesId, newStart, occurrence, dedupeKey,
                caseId, onSite, attachments, workReport, version), changes.toList());
    }

    /**
     * Concludes the entry.
     *
     * @param now the instant
     * @return the concluded state and the changed field
     */
    Changed<AgendaEntry> conclude(Instant now) {
        return status(AgendaStatus.CONCLUDED, now, now);
    }

    /**
     * Concludes an intervention with its work report.
     *
     * @param report the work report
     * @return the concluded state and the changed fields
     */
    Changed<AgendaEntry> concludeWithReport(WorkReport report) {
        Instant now = report.recordedAt();
        Changes changes = new Changes().compare("status", status, AgendaStatus.CONCLUDED)
                .compare("workReport", workReport == null ? null : workReport.text(), report.text())
                .compare("invoiceReference", workReport == null ? null : workReport.invoiceReference(), report.invoiceReference());
        return new Changed<>(new AgendaEntry(id, accountId, contactId, cardId, typeId, description, schedule,
                AgendaStatus.CONCLUDED, userId, createdBy, createdAt, now, now, recurrence, seriesId, seriesStart, occurrence,
                dedupeKey, caseId, onSite, attachments, report, version), changes.toList());
    }

    /**
     * The same entry with other attachments.
     *
     * @param newAttachments the attachments
     * @param now the instant
     * @return the new state
     */
    AgendaEntry withAttachments(List<Attachment> newAttachments, Instant now) {
        return new AgendaEntry(id, accountId, contactId, cardId, typeId, description, schedule, status, userId, createdBy,
                createdAt, now, concludedAt, recurrence, seriesId, seriesStart, occurrence, dedupeKey, caseId, onSite,
                newAttachments, workReport, version);
    }

    /**
     * Puts a concluded entry back on the task list.
     *
     * @param now the instant
     * @return the pending state and the changed field
     */
    Changed<AgendaEntry> reopen(Instant now) {
        return status(AgendaStatus.PENDING, null, now);
    }

    /**
     * The next occurrence of a recurring entry, not stored yet, if the series has one.
     *
     * @param now the instant it is created
     * @return the next occurrence, pending, for the same user
     */
    public Optional<AgendaEntry> nextOccurrence(Instant now) {
        if (recurrence == null) {
            return Optional.empty();
        }
        // Keyed by series and index: concluding an occurrence again after a reopen finds its next one already there.
        return recurrence.next(seriesStart, occurrence).map(day -> new AgendaEntry(AgendaEntryId.newId(), accountId,
                contactId, cardId, typeId, description, schedule.onDay(day), AgendaStatus.PENDING, userId, createdBy, now,
                now, null, recurrence, seriesId, seriesStart, occurrence + 1, "occurrence:" + seriesId + ":" + (occurrence + 1),
                caseId, onSite, List.of(), null, Version.UNSAVED));
    }

    /**
     * The same entry linked to no card (its card was deleted).
     *
     * @param now the instant
     * @return the new state and the changed field
     */
    Changed<AgendaEntry> unlinkCard(Instant now) {
        return edit(contactId, null, typeId, description, schedule, userId, now);
    }

    /**
     * This state at another version; adapters call it when they store an update.
     *
     * @param newVersion the version
     * @return the same entry at that version
     */
    public AgendaEntry withVersion(Version newVersion) {
        return new AgendaEntry(id, accountId, contactId, cardId, typeId, description, schedule, status, userId, createdBy,
                createdAt, modifiedAt, concludedAt, recurrence, seriesId, seriesStart, occurrence, dedupeKey, caseId, onSite,
                attachments, workReport, newVersion);
    }

    private Changed<AgendaEntry> status(AgendaStatus newStatus, Instant newConcludedAt, Instant now) {
        if (status == newStatus) {
            return new Changed<>(this, List.of());
        }
        Changes changes = new Changes().compare("status", status, newStatus);
        return new Changed<>(new AgendaEntry(id, accountId, contactId, cardId, typeId, description, schedule, newStatus,
                userId, createdBy, createdAt, now, newConcludedAt, recurrence, seriesId, seriesStart, occurrence, dedupeKey, caseId, onSite,
                attachments, workReport, version), changes.toList());
    }

    /**
     * A schedule as history text: {@code 2026-03-02T09:30} or {@code 2026-03-02 (any time)}.
     *
     * @param schedule the schedule, or {@code null}
     * @return the text, or {@code null}
     */
    public static String text(Schedule schedule) {
        if (schedule instanceof Schedule.AtTime at) {
            return at.at().toString();
        }
        return schedule == null ? null : schedule.day() + " (any time)";
    }

    /** @return the id */
    public AgendaEntryId id() {
        return id;
    }

    /** @return the account (the contact's account when the subject is a contact) */
    public AccountId accountId() {
        return accountId;
    }

    /** @return the contact the interaction is with, if any */
    public Optional<ContactId> contactId() {
        return Optional.ofNullable(contactId);
    }

    /** @return the card it is a task of, if any */
    public Optional<CardId> cardId() {
        return Optional.ofNullable(cardId);
    }

    /** @return its type, if any */
    public Optional<CatalogEntryId> typeId() {
        return Optional.ofNullable(typeId);
    }

    /** @return the description */
    public String description() {
        return description;
    }

    /** @return when it is due, if scheduled */
    public Optional<Schedule> schedule() {
        return Optional.ofNullable(schedule);
    }

    /** @return pending or concluded */
    public AgendaStatus status() {
        return status;
    }

    /** @return whether it is on its user's task list */
    public boolean pending() {
        return status == AgendaStatus.PENDING;
    }

    /** @return whose task it is */
    public UserId userId() {
        return userId;
    }

    /** @return who created it; empty for an entry an agenda rule created */
    public Optional<UserId> createdBy() {
        return Optional.ofNullable(createdBy);
    }

    /** @return when it was created */
    public Instant createdAt() {
        return createdAt;
    }

    /** @return when it last changed */
    public Instant modifiedAt() {
        return modifiedAt;
    }

    /** @return when it was concluded, if it is */
    public Optional<Instant> concludedAt() {
        return Optional.ofNullable(concludedAt);
    }

    /** @return how it repeats, if it does */
    public Optional<Recurrence> recurrence() {
        return Optional.ofNullable(recurrence);
    }

    /** @return the first occurrence of its series (itself for the first), if recurring */
    public Optional<AgendaEntryId> seriesId() {
        return Optional.ofNullable(seriesId);
    }

    /** @return the first day of its series, if recurring */
    public Optional<LocalDate> seriesStart() {
        return Optional.ofNullable(seriesStart);
    }

    /** @return its index in its series, 0 for the first (and for an entry that does not repeat) */
    public int occurrence() {
        return occurrence;
    }

    /**
     * @return what created it, unique in the tenant: an agenda rule's trigger, or the series and index of a
     *         recurring entry's later occurrence
     */
    public Optional<String> dedupeKey() {
        return Optional.ofNullable(dedupeKey);
    }

    /** @return the service case it serves, if any */
    public Optional<CaseId> caseId() {
        return Optional.ofNullable(caseId);
    }

    /** @return whether it is an on-site intervention: an operator sent to the customer's premises */
    public boolean onSite() {
        return onSite;
    }

    /** @return its attached files, in the order they were attached */
    public List<Attachment> attachments() {
        return attachments;
    }

    /**
     * @param documentId an attachment's id
     * @return the attachment with that id, if the entry has it
     */
    public Optional<Attachment> attachment(DocumentId documentId) {
        return attachments.stream().filter(a -> a.id().equals(documentId)).findFirst();
    }

    /** @return the work report recorded when the intervention was concluded, if any */
    public Optional<WorkReport> workReport() {
        return Optional.ofNullable(workReport);
    }

    /** @return the stored version */
    public Version version() {
        return version;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AgendaEntry e
                && id.equals(e.id)
                && accountId.equals(e.accountId)
                && Objects.equals(contactId, e.contactId)
                && Objects.equals(cardId, e.cardId)
                && Objects.equals(typeId, e.typeId)
                && description.equals(e.description)
                && Objects.equals(schedule, e.schedule)
                && status == e.status
                && userId.equals(e.userId)
                && Objects.equals(createdBy, e.createdBy)
                && createdAt.equals(e.createdAt)
                && modifiedAt.equals(e.modifiedAt)
                && Objects.equals(concludedAt, e.concludedAt)
                && Objects.equals(recurrence, e.recurrence)
                && Objects.equals(seriesId, e.seriesId)
                && Objects.equals(seriesStart, e.seriesStart)
                && occurrence == e.occurrence
                && Objects.equals(dedupeKey, e.dedupeKey)
                && Objects.equals(caseId, e.caseId)
                && onSite == e.onSite
                && attachments.equals(e.attachments)
                && Objects.equals(workReport, e.workReport)
                && version.equals(e.version);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, version);
    }

    @Override
    public String toString() {
        return "AgendaEntry[" + id + ", " + status + ", " + text(schedule) + " for " + userId + " on " + accountId + ", v"
                + version + "]";
    }
}
