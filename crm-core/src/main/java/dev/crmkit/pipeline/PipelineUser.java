package dev.crmkit.pipeline;

import dev.crmkit.common.PipelineId;
import dev.crmkit.common.UserId;
import jakarta.validation.constraints.NotNull;

/**
 * Adds a user to, or removes a user from, a pipeline (administrators only).
 *
 * @param pipelineId the pipeline
 * @param userId the user
 */
public record PipelineUser(
        @NotNull PipelineId pipelineId,
        @NotNull UserId userId) {}
