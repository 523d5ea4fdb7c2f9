package dev.crmkit.pipeline;

import dev.crmkit.common.PipelineId;
import dev.crmkit.common.StageId;
import dev.crmkit.common.Version;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * Moves a stage to another place among the pipeline's stages.
 *
 * @param pipelineId the pipeline
 * @param stageId the stage
 * @param index its new place, from 0 (beyond the end means last, up to 999)
 * @param expectedVersion the pipeline's version the caller last saw
 */
public record MoveStage(
        @NotNull PipelineId pipelineId,
        @NotNull StageId stageId,
        @Min(0) @Max(999) int index,
        @NotNull Version expectedVersion) {}
