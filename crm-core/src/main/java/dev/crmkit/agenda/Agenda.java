package dev.crmkit.agenda;

import dev.crmkit.common.AccountId;
import dev.crmkit.common.AgendaEntryId;
import dev.crmkit.common.UserId;
import java.util.List;

/**
 * The agenda of the accounts in the actor's scope. An entry linked to a card
 * also needs the actor to use the card's pipeline.
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
}
