package dev.crmkit.report;

import dev.crmkit.agenda.AgendaStatus;
import dev.crmkit.common.AccountId;
import dev.crmkit.common.AgendaEntryId;
import dev.crmkit.common.UserId;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * One agenda entry of a statistics listing, with its names resolved and its instants in the tenant's time zone.
 *
 * @param entryId the entry
 * @param createdAt when it was created, in the tenant's zone
 * @param accountId its account
 * @param accountName the account's legal name
 * @param contactName its contact's name, or {@code null}
 * @param typeName its type's name, or {@code null}
 * @param userId whose task it is
 * @param userName that user's display name
 * @param status pending or concluded
 * @param statusLabel the status in the reader's language
 * @param scheduledDay the day it is due, or {@code null}
 * @param scheduledTime the time it is due, or {@code null} for any time that day (or no schedule)
 * @param description the description
 */
public record AgendaListingRow(
        AgendaEntryId entryId,
        LocalDateTime createdAt,
        AccountId accountId,
        String accountName,
        String contactName,
        String typeName,
        UserId userId,
        String userName,
        AgendaStatus status,
        String statusLabel,
        LocalDate scheduledDay,
        LocalDateTime scheduledTime,
        String description) {}
