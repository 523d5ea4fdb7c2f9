package dev.crmkit.agenda;

import dev.crmkit.common.AgendaEntryId;
import dev.crmkit.common.CardId;
import dev.crmkit.common.CatalogEntryId;
import dev.crmkit.common.ContactId;
import dev.crmkit.common.UserId;
import dev.crmkit.common.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Changes an entry's editable fields (its account stays). A recurring entry keeps a schedule.
 *
 * @param entryId the entry
 * @param contactId a contact of the entry's account, or {@code null}
 * @param cardId a card of the account, or {@code null}
 * @param typeId an agenda entry type, or {@code null}
 * @param description the description, up to 64 KiB
 * @param schedule when it is due, or {@code null}
 * @param userId whose task it is
 * @param expectedVersion the version the caller last saw
 */
public record EditAgendaEntry(
        @NotNull AgendaEntryId entryId,
        ContactId contactId,
        CardId cardId,
        CatalogEntryId typeId,
        @NotBlank @Size(max = AgendaEntry.MAX_DESCRIPTION) String description,
        Schedule schedule,
        @NotNull UserId userId,
        @NotNull Version expectedVersion) {}
