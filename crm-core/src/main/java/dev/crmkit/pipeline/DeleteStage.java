package dev.crmkit.pipeline;

import dev.crmkit.common.PipelineId;
import dev.crmkit.common.StageId;
import dev.crmkit.common.Version;
import jakarta.validation.constraints.NotNull;

/**
 * Deletes a stage; one that holds cards is deleted only when the call names the stage they move to.
 *
 * @param pipelineId the pipeline
 * @param stageId the stage
 * @param moveCardsTo the stage its cards go to (at its end, in their order); required when it holds cards
 * @param expectedVersion the pipeline's version the caller last saw
 */
public record DeleteStage(
        @NotNull PipelineId pipelineId,
        @NotNull StageId stageId,
        StageId moveCardsTo,
        @NotNull Version expectedVersion) {}
