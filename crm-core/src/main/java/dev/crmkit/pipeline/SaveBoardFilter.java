package dev.crmkit.pipeline;

import dev.crmkit.common.PipelineId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Saves a board filter under a name for the actor and a pipeline (replacing one of the same name).
 *
 * @param pipelineId the pipeline
 * @param name its name
 * @param filter the filter
 */
public record SaveBoardFilter(
        @NotNull PipelineId pipelineId,
        @NotBlank @Size(max = 120) String name,
        @NotNull @Valid BoardFilter filter) {}
