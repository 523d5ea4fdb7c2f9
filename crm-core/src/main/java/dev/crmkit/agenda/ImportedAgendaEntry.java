package dev.crmkit.agenda;

import dev.crmkit.common.AccountId;
import dev.crmkit.common.CatalogEntryId;
import dev.crmkit.common.ContactId;
import dev.crmkit.common.UserId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDateTime;

/**
 * One entry of a legacy agenda, as an export of the old system states it.
 *
 * @param accountId the account, or {@code null} when {@code contactId} names the subject
 * @param contactId the contact, or {@code null}
 * @param typeId an agenda entry type, or {@code null}
 * @param description the description, up to 64 KiB
 * @param scheduledAt the date and time as the old system kept it, or {@code null}; exactly 12:00 becomes "any time
 *        that day" while the tenant's legacy-noon setting is on
 * @param concluded whether it was done
 * @param userId whose task it is; {@code null} for the importing actor
 * @param createdAt when the old system recorded it; {@code null} for the import's instant
 */
public record ImportedAgendaEntry(
        AccountId accountId,
        ContactId contactId,
        CatalogEntryId typeId,
        @NotBlank @Size(max = AgendaEntry.MAX_DESCRIPTION) String description,
        LocalDateTime scheduledAt,
        boolean concluded,
        UserId userId,
        Instant createdAt) {}
