package dev.crmkit.casework;

import dev.crmkit.common.AccountId;
import dev.crmkit.common.CaseId;
import dev.crmkit.common.DocumentId;
import dev.crmkit.common.Page;
import dev.crmkit.history.TimelineEntry;
import dev.crmkit.pipeline.AttachFile;
import dev.crmkit.pipeline.Attachment;
import dev.crmkit.pipeline.AttachmentContent;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;

/**
 * The service cases of the accounts in the actor's scope. A case is reached through its account's access scope, and
 * also by its assignee, who works on it even when the account is outside the assignee's scope. A case outside both is
 * answered exactly like an unknown one.
 *
 * <p>Internal comments are notes between agents: {@link #get} shows them, {@link #forCustomer} (what a host shows the
 * customer, in a portal or an e-mail) never does.
 */
public interface Cases {

    /**
     * Opens a case, with the tenant's next number; it starts {@link CaseStatus#NEW}.
     *
     * @param command the account and the case's details; a contact must be one of the account's, a category a
     *     {@code CASE_CATEGORY} entry, a priority a {@code PRIORITY} entry, a team a {@code TEAM} entry and an assignee
     *     an active user
     * @return the stored case
     */
    ServiceCase open(OpenCase command);

    /**
     * Replaces what a case says and who works on it.
     *
     * @param command the case, its new details and the version the caller last saw
     * @return the stored case
     */
    ServiceCase update(UpdateCase command);

    /**
     * Moves a case to another status. The moves {@link CaseStatus#allows} admits are the only ones; a resolved case is
     * reopened only within the tenant's reopen window ({@link #settings}). A refused move is a
     * {@link dev.crmkit.common.RuleViolationException} and changes nothing.
     *
     * @param command the case, the status asked for and the version the caller last saw
     * @return the stored case
     */
    ServiceCase changeStatus(ChangeCaseStatus command);

    /**
     * Adds a public comment or an internal note to a case.
     *
     * @param command the case, the text and whether it is internal
     * @return the stored comment; {@link #get} reads the case with it
     */
    CaseComment comment(AddCaseComment command);

    /**
     * Attaches a file to a case; its bytes go to the document store.
     *
     * @param caseId the case
     * @param file the file's name and media type
     * @param content the bytes, read to the end (the caller closes the stream)
     * @return the stored attachment (its id opens and removes it); {@link #get} reads the case with it
     */
    Attachment attach(CaseId caseId, AttachFile file, InputStream content);

    /**
     * Removes an attachment from a case (its bytes once the removal is committed).
     *
     * @param caseId the case
     * @param documentId the attachment
     * @return the stored case
     */
    ServiceCase removeAttachment(CaseId caseId, DocumentId documentId);

    /**
     * Opens an attachment's bytes.
     *
     * @param caseId the case
     * @param documentId the attachment
     * @return the attachment and its bytes; close it
     */
    AttachmentContent openAttachment(CaseId caseId, DocumentId documentId);

    /**
     * One case, as an agent sees it: internal comments included.
     *
     * @param caseId the case
     * @return the case
     */
    ServiceCase get(CaseId caseId);

    /**
     * One case as its customer may see it: internal comments left out.
     *
     * @param caseId the case
     * @return the case without its internal comments
     */
    ServiceCase forCustomer(CaseId caseId);

    /**
     * The case with a number.
     *
     * @param number the number
     * @return the case, or empty when no case the actor reaches has it
     */
    Optional<ServiceCase> byNumber(long number);

    /**
     * The cases of an account in the actor's scope, latest change first.
     *
     * @param accountId the account
     * @return its cases
     */
    List<ServiceCase> ofAccount(AccountId accountId);

    /**
     * A case's history: every change of every field, oldest first, with the names its values had at the time and the
     * fields and values in the reader's language.
     *
     * @param caseId the case
     * @return the history
     */
    List<TimelineEntry> history(CaseId caseId);

    /**
     * The tenant's settings of cases.
     *
     * @return the settings
     */
    CaseSettings settings();

    /**
     * Changes the tenant's settings of cases; administrators only.
     *
     * @param settings the new settings
     * @return the stored settings
     */
    CaseSettings updateSettings(CaseSettings settings);

    /**
     * A case's service-level clocks: the first response and the resolution, each with its target, due time, business
     * time elapsed and state, read now.
     *
     * @param caseId the case
     * @return the clocks
     */
    CaseSla sla(CaseId caseId);

    /**
     * One page of the case queue: the cases the actor reaches that pass the query's filters, the most urgent first
     * (by {@link ServiceCase#queueDueAt()}), each with its clocks read now.
     *
     * @param query the filters, the page size and the previous page's cursor
     * @return the page; its cursor reads the next one
     */
    Page<QueuedCase> queue(CaseQueue query);

    /**
     * The tenant's service levels: business hours, targets per priority and the at-risk share.
     *
     * @return the settings
     */
    SlaSettings slaSettings();

    /**
     * Changes the tenant's service levels; administrators only. A case's due times follow the new settings from its
     * next change of priority or status that sets its clocks (see {@link SlaSettings}).
     *
     * @param command the new settings and the version last read
     * @return the stored settings
     */
    SlaSettings updateSlaSettings(UpdateSlaSettings command);
}
