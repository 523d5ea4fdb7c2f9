package dev.crmkit.agenda;

import dev.crmkit.common.AccountId;
import dev.crmkit.common.AgendaEntryId;
import dev.crmkit.common.CaseId;
import dev.crmkit.common.DocumentId;
import dev.crmkit.common.UserId;
import dev.crmkit.pipeline.AttachFile;
import dev.crmkit.pipeline.Attachment;
import dev.crmkit.pipeline.AttachmentContent;
import java.io.InputStream;
import java.util.List;

/**
 * The agenda of the accounts in the actor's scope. An entry linked to a card
 * also needs the actor to use the card's pipeline. An on-site intervention linked to a service case is also reached by
 * the case's assignee, as the case is.
 */
public interface Agenda {

    /**
     * Records an interaction, pending on its user's task list.
     *
     * @param command the subject, description, schedule and the rest
     * @return the stored entry
     */
    AgendaEntry create(CreateAgendaEntry command);

    /**
     * Changes an entry.
     *
     * @param command the entry, its new fields and the version the caller last saw
     * @return the stored entry
     */
    AgendaEntry edit(EditAgendaEntry command);

    /**
     * Concludes an entry: it leaves the task list and stays in history. A recurring entry schedules its next
     * occurrence.
     *
     * @param command the entry and the version the caller last saw
     * @return the concluded entry and the next occurrence, if any
     */
    AgendaConclusion conclude(AgendaEntryAt command);

    /**
     * Puts a concluded entry back on its user's task list.
     *
     * @param command the entry and the version the caller last saw
     * @return the stored entry
     */
    AgendaEntry reopen(AgendaEntryAt command);

    /**
     * Deletes a selection of entries permanently: all of them, or none when any is unknown or out of scope.
     *
     * @param command the entries
     * @return how many were deleted
     */
    int delete(DeleteAgendaEntries command);

    /**
     * One entry.
     *
     * @param entryId the entry
     * @return the entry
     */
    AgendaEntry get(AgendaEntryId entryId);

    /**
     * The entries of an account, newest first (pending and concluded).
     *
     * @param accountId the account
     * @return the entries
     */
    List<AgendaEntry> ofAccount(AccountId accountId);

    /**
     * A user's task list, as of the clock's instant in the tenant's time zone. Users see their own; an
     * administrator sees anyone's. Only entries of accounts in the actor's scope are listed.
     *
     * @param userId the user
     * @return the pending entries, overdue first
     */
    TaskList tasks(UserId userId);

    /**
     * Creates the entries of a template for one subject, all or none.
     *
     * @param command the template, subject and start day
     * @return the stored entries, in the template's order
     */
    List<AgendaEntry> applyTemplate(ApplyAgendaTemplate command);

    /**
     * Imports a legacy agenda: all rows, or none when any row is bad, each row's problems named under
     * {@code entries[i]}. A time of exactly 12:00 becomes "any time that day" while the tenant's legacy-noon setting
     * is on; concluded rows arrive concluded.
     *
     * @param command the rows
     * @return the stored entries, in the rows' order
     */
    List<AgendaEntry> importEntries(ImportAgendaEntries command);

    /**
     * The tenant's agenda settings.
     *
     * @return the settings
     */
    AgendaSettings settings();

    /**
     * Changes the tenant's agenda settings (administrators only).
     *
     * @param command the settings and the version the caller last saw
     * @return the stored settings
     */
    AgendaSettings updateSettings(UpdateAgendaSettings command);

    /**
     * Sends an operator on site: a pending intervention on the operator's task list, linked to a service case or to an
     * account.
     *
     * @param command the case or account, what is to be done, when and by whom
     * @return the stored intervention
     */
    AgendaEntry dispatch(DispatchIntervention command);

    /**
     * Concludes an on-site intervention and records its work report (text, some of its attachments, the host's invoice
     * reference). A concluded intervention is refused: its report is written once.
     *
     * @param command the intervention at the version last seen, and its report
     * @return the concluded intervention, with its report
     */
    AgendaEntry concludeIntervention(ConcludeIntervention command);

    /**
     * The entries that serve a service case (its interventions first among them), newest first.
     *
     * @param caseId the case, in the actor's reach
     * @return the entries
     */
    List<AgendaEntry> ofCase(CaseId caseId);

    /**
     * Attaches a file to an entry; its bytes go to the document store.
     *
     * @param entryId the entry
     * @param file the file's name and media type
     * @param content the bytes, read to the end (the caller closes it)
     * @return the stored attachment (its id opens and removes it)
     */
    Attachment attach(AgendaEntryId entryId, AttachFile file, InputStream content);

    /**
     * Removes an attachment from an entry (its bytes once the removal is committed). An attachment named by the
     * entry's work report stays.
     *
     * @param entryId the entry
     * @param documentId the attachment
     * @return the stored entry
     */
    AgendaEntry removeAttachment(AgendaEntryId entryId, DocumentId documentId);

    /**
     * Opens an attachment's bytes.
     *
     * @param entryId the entry
     * @param documentId the attachment
     * @return the attachment and its bytes; close it
     */
    AttachmentContent openAttachment(AgendaEntryId entryId, DocumentId documentId);
}
