package dev.crmkit.pipeline;

import dev.crmkit.common.AccountId;
import dev.crmkit.common.LabelId;
import dev.crmkit.common.Money;
import dev.crmkit.common.PipelineId;
import dev.crmkit.common.StageId;
import dev.crmkit.common.UserId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Set;

/**
 * Adds a card to a pipeline, starting from its base card.
 *
 * @param pipelineId the pipeline
 * @param stageId the stage; {@code null} for the first one
 * @param name the card's name
 * @param description its description; {@code null} for the base card's
 * @param labels labels added to the base card's
 * @param members members added to the base card's (users of the pipeline)
 * @param salespersonId the salesperson (an active user), or {@code null}
 * @param value the expected value, zero or more, or {@code null}
 * @param expectedCloseDate the expected close date, or {@code null}
 * @param accountId the prospect (an account in the actor's scope without another open card here), or {@code null}
 */
public record CreateCard(
        @NotNull PipelineId pipelineId,
        StageId stageId,
        @NotBlank @Size(max = 200) String name,
        @Size(max = Card.MAX_DESCRIPTION) String description,
        @Size(max = 100) Set<@NotNull LabelId> labels,
        @Size(max = 100) Set<@NotNull UserId> members,
        UserId salespersonId,
        @Valid Money value,
        LocalDate expectedCloseDate,
        AccountId accountId) {}
