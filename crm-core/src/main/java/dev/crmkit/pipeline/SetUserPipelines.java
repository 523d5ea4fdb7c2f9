package dev.crmkit.pipeline;

import dev.crmkit.common.PipelineId;
import dev.crmkit.common.UserId;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Set;

/**
 * Sets the pipelines a user belongs to, from the user's side (administrators only).
 *
 * @param userId the user
 * @param pipelineIds every pipeline the user is to belong to
 */
public record SetUserPipelines(
        @NotNull UserId userId,
        @NotNull @Size(max = 500) Set<@NotNull PipelineId> pipelineIds) {}
