package dev.crmkit.pipeline;

import dev.crmkit.common.PipelineId;
import dev.crmkit.common.Version;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Renames, recolors and resets a pipeline's settings.
 *
 * @param pipelineId the pipeline
 * @param name its name
 * @param color its color
 * @param settings its settings
 * @param expectedVersion the version the caller last saw
 */
public record UpdatePipeline(
        @NotNull PipelineId pipelineId,
        @NotBlank @Size(max = 120) String name,
        @NotBlank @Pattern(regexp = "#[0-9A-Fa-f]{6}") String color,
        @NotNull @Valid PipelineSettings settings,
        @NotNull Version expectedVersion) {}
