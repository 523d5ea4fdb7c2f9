package dev.crmkit.pipeline;

import dev.crmkit.common.AccountId;
import dev.crmkit.common.CardId;
import dev.crmkit.common.LabelId;
import dev.crmkit.common.Money;
import dev.crmkit.common.UserId;
import dev.crmkit.common.Version;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Set;

/**
 * Replaces a card's editable fields.
 *
 * @param cardId the card
 * @param name its name
 * @param description its description
 * @param labels its labels
 * @param members its members
 * @param salespersonId its salesperson
 * @param value its expected value
 * @param expectedCloseDate its expected close date
 * @param accountId its prospect
 * @param expectedVersion the version the caller last saw
 */
public record UpdateCard(
        @NotNull CardId cardId,
        @NotBlank @Size(max = 200) String name,
        @Size(max = Card.MAX_DESCRIPTION) String description,
        @Size(max = 100) Set<@NotNull LabelId> labels,
        @Size(max = 100) Set<@NotNull UserId> members,
        UserId salespersonId,
        @Valid Money value,
        LocalDate expectedCloseDate,
        AccountId accountId,
        @NotNull Version expectedVersion) {}
