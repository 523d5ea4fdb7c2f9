package dev.crmkit.pipeline;

import dev.crmkit.common.PipelineId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * Adds a stage to a pipeline.
 *
 * @param pipelineId the pipeline
 * @param stage the stage
 * @param index its place among the stages, from 0 (beyond the end means last, up to 999); {@code null} for the end
 */
public record AddStage(
        @NotNull PipelineId pipelineId,
        @NotNull @Valid NewStage stage,
        @Min(0) @Max(999) Integer index) {}
