package dev.crmkit.pipeline;

import dev.crmkit.common.LabelId;
import dev.crmkit.common.PipelineId;
import dev.crmkit.common.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Renames or recolors a label.
 *
 * @param pipelineId the pipeline
 * @param labelId the label
 * @param name its name
 * @param color its color
 * @param expectedVersion the pipeline's version the caller last saw
 */
public record UpdateLabel(
        @NotNull PipelineId pipelineId,
        @NotNull LabelId labelId,
        @NotBlank @Size(max = 60) String name,
        @NotBlank @Pattern(regexp = "#[0-9A-Fa-f]{6}") String color,
        @NotNull Version expectedVersion) {}
