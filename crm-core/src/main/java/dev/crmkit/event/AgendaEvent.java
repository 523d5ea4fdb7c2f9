package dev.crmkit.event;

import dev.crmkit.agenda.AgendaRule;
import dev.crmkit.common.AccountId;
import dev.crmkit.common.AgendaEntryId;
import dev.crmkit.common.CardId;
import dev.crmkit.common.CaseId;
import dev.crmkit.common.DocumentId;
import dev.crmkit.common.CatalogEntryId;
import dev.crmkit.common.ContactId;
import dev.crmkit.common.FieldChange;
import dev.crmkit.common.UserId;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

/** Events of an agenda entry; they show on its account's timeline. */
public sealed interface AgendaEvent extends DomainEvent, TimelineEvent {

    /** How much of a description an event carries. */
    int SUMMARY_LENGTH = 200;

    /** @return the entry */
    AgendaEntryId entryId();

    /** @return the entry's account */
    AccountId accountId();

    @Override
    default AggregateRef aggregate() {
        return new AggregateRef("agenda-entry", entryId().toString());
    }

    @Override
    default Set<AccountId> timelineAccounts() {
        return Set.of(accountId());
    }

    /**
     * The start of a description, for events and timelines.
     *
     * @param description the description
     * @return its first {@link #SUMMARY_LENGTH} characters
     */
    static String summary(String description) {
        if (description.length() <= SUMMARY_LENGTH) {
            return description;
        }
        int end = SUMMARY_LENGTH - 1;
        // Never split a character outside the basic plane (an emoji) in two.
        if (Character.isHighSurrogate(description.charAt(end - 1))) {
            end--;
        }
        return description.substring(0, end) + "…";
    }

    /**
     * An entry was created, by a user or by an agenda rule.
     *
     * @param meta the metadata (no actor for a rule)
     * @param entryId the entry
     * @param accountId its account
     * @param contactId its contact, or {@code null}
     * @param cardId its card, or {@code null}
     * @param typeId its type, or {@code null}
     * @param userId whose task it is
     * @param scheduledDay the day it is due, or {@code null}
     * @param scheduledTime the time it is due that day, or {@code null} for any time (or no schedule)
     * @param summary the start of its description
     * @param rule the agenda rule that created it, or {@code null}
     */
    record AgendaEntryCreated(EventMeta meta, AgendaEntryId entryId, AccountId accountId, ContactId contactId, CardId cardId,
            CatalogEntryId typeId, UserId userId, LocalDate scheduledDay, LocalTime scheduledTime, String summary, AgendaRule rule)
            implements AgendaEvent {}

    /**
     * An entry's fields changed.
     *
     * @param meta the metadata
     * @param entryId the entry
     * @param accountId its account
     * @param summary the start of its description
     * @param changes the changed fields
     */
    record AgendaEntryEdited(EventMeta meta, AgendaEntryId entryId, AccountId accountId, String summary,
            List<FieldChange> changes) implements AgendaEvent {

        /** Copies the changes. */
        public AgendaEntryEdited {
            changes = List.copyOf(changes);
        }
    }

    /**
     * An entry was concluded.
     *
     * @param meta the metadata
     * @param entryId the entry
     * @param accountId its account
     * @param summary the start of its description
     */
    record AgendaEntryConcluded(EventMeta meta, AgendaEntryId entryId, AccountId accountId, String summary)
            implements AgendaEvent {}

    /**
     * A concluded entry was reopened.
     *
     * @param meta the metadata
     * @param entryId the entry
     * @param accountId its account
     * @param summary the start of its description
     */
    record AgendaEntryReopened(EventMeta meta, AgendaEntryId entryId, AccountId accountId, String summary)
            implements AgendaEvent {}

    /**
     * An entry was deleted.
     *
     * @param meta the metadata
     * @param entryId the entry
     * @param accountId its account
     * @param summary the start of the description it had
     */
    record AgendaEntryDeleted(EventMeta meta, AgendaEntryId entryId, AccountId accountId, String summary)
            implements AgendaEvent {}

    /**
     * An operator was sent on site: an intervention was created on the operator's task list.
     *
     * @param meta the metadata
     * @param entryId the intervention
     * @param accountId its account
     * @param caseId the service case it serves, or {@code null}
     * @param operatorId the operator sent
     * @param scheduledDay the day the operator is expected
     * @param scheduledTime the time that day, or {@code null} for any time
     * @param summary the start of its description
     */
    record InterventionDispatched(EventMeta meta, AgendaEntryId entryId, AccountId accountId, CaseId caseId, UserId operatorId,
            LocalDate scheduledDay, LocalTime scheduledTime, String summary) implements AgendaEvent {}

    /**
     * An intervention was concluded with its work report.
     *
     * @param meta the metadata
     * @param entryId the intervention
     * @param accountId its account
     * @param caseId the service case it serves, or {@code null}
     * @param summary the start of its description
     * @param report the start of the work report's text
     * @param attachmentIds the attachments the report names
     * @param invoiceReference the host's invoice reference, or {@code null}
     */
    record InterventionConcluded(EventMeta meta, AgendaEntryId entryId, AccountId accountId, CaseId caseId, String summary,
            String report, List<DocumentId> attachmentIds, String invoiceReference) implements AgendaEvent {

        /** Copies the list. */
        public InterventionConcluded {
            attachmentIds = List.copyOf(attachmentIds);
        }
    }

    /**
     * A file was attached to an entry, or removed from it.
     *
     * @param meta the metadata
     * @param entryId the entry
     * @param accountId its account
     * @param summary the start of its description
     * @param documentId the attachment
     * @param fileName the file's name
     * @param removed whether it was removed (otherwise attached)
     */
    record AgendaAttachmentChanged(EventMeta meta, AgendaEntryId entryId, AccountId accountId, String summary,
            DocumentId documentId, String fileName, boolean removed) implements AgendaEvent {}
}
