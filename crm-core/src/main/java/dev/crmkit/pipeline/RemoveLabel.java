package dev.crmkit.pipeline;

import dev.crmkit.common.LabelId;
import dev.crmkit.common.PipelineId;
import jakarta.validation.constraints.NotNull;

/**
 * Removes a label from a pipeline, and from its cards and base card.
 *
 * @param pipelineId the pipeline
 * @param labelId the label
 */
public record RemoveLabel(
        @NotNull PipelineId pipelineId,
        @NotNull LabelId labelId) {}
