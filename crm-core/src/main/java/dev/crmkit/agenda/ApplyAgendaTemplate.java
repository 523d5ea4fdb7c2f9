package dev.crmkit.agenda;

import dev.crmkit.common.AccountId;
import dev.crmkit.common.CardId;
import dev.crmkit.common.ContactId;
import dev.crmkit.common.UserId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/**
 * Creates a template's entries for one subject, in one unit of work.
 *
 * @param templateName the template
 * @param accountId the account, or {@code null} when {@code contactId} names the subject
 * @param contactId the contact, or {@code null}
 * @param cardId a card to link, or {@code null}
 * @param startDay the day the items' offsets count from
 * @param userId whose tasks they are; {@code null} for the actor
 */
public record ApplyAgendaTemplate(
        @NotBlank String templateName,
        AccountId accountId,
        ContactId contactId,
        CardId cardId,
        @NotNull LocalDate startDay,
        UserId userId) {}
