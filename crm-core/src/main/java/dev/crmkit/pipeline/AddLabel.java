package dev.crmkit.pipeline;

import dev.crmkit.common.PipelineId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Adds a label to a pipeline.
 *
 * @param pipelineId the pipeline
 * @param name its name, unique in the pipeline case-insensitively
 * @param color its color
 */
public record AddLabel(
        @NotNull PipelineId pipelineId,
        @NotBlank @Size(max = 60) String name,
        @NotBlank @Pattern(regexp = "#[0-9A-Fa-f]{6}") String color) {}
