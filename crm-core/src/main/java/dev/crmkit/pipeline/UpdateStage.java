package dev.crmkit.pipeline;

import dev.crmkit.common.PipelineId;
import dev.crmkit.common.StageId;
import dev.crmkit.common.Version;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Changes a stage.
 *
 * @param pipelineId the pipeline
 * @param stageId the stage
 * @param name its name
 * @param color its color
 * @param stagnantDays its stagnant days
 * @param expectedVersion the pipeline's version the caller last saw
 */
public record UpdateStage(
        @NotNull PipelineId pipelineId,
        @NotNull StageId stageId,
        @NotBlank @Size(max = 120) String name,
        @NotBlank @Pattern(regexp = "#[0-9A-Fa-f]{6}") String color,
        @Min(0) @Max(3650) int stagnantDays,
        @NotNull Version expectedVersion) {}
