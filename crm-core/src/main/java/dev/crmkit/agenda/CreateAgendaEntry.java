package dev.crmkit.agenda;

import dev.crmkit.common.AccountId;
import dev.crmkit.common.CardId;
import dev.crmkit.common.CatalogEntryId;
import dev.crmkit.common.ContactId;
import dev.crmkit.common.UserId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Records an interaction. The subject is an account, or a contact (then {@code accountId} may be left out; when
 * given, it must be the contact's account). Under the tenant's legacy-noon setting a time of exactly 12:00
 * becomes "any time that day".
 *
 * @param accountId the account, or {@code null} when {@code contactId} names the subject
 * @param contactId the contact, or {@code null}
 * @param cardId a card of the account to link, or {@code null} (the actor must use its pipeline)
 * @param typeId an agenda entry type of the catalog, or {@code null}
 * @param description what happened or is to happen, up to 64 KiB
 * @param schedule when it is due, or {@code null}
 * @param userId whose task it is; {@code null} for the actor
 * @param recurrence how it repeats, or {@code null} (needs a schedule)
 */
public record CreateAgendaEntry(
        AccountId accountId,
        ContactId contactId,
        CardId cardId,
        CatalogEntryId typeId,
        @NotBlank @Size(max = AgendaEntry.MAX_DESCRIPTION) String description,
        Schedule schedule,
        UserId userId,
        @Valid Recurrence recurrence) {

    /**
     * A one-off entry about an account.
     *
     * @param accountId the account
     * @param typeId the type, or {@code null}
     * @param description the description
     * @param schedule when it is due, or {@code null}
     * @return the command
     */
    public static CreateAgendaEntry about(AccountId accountId, CatalogEntryId typeId, String description, Schedule schedule) {
        return new CreateAgendaEntry(accountId, null, null, typeId, description, schedule, null, null);
    }
}
