package dev.crmkit.pipeline;

import dev.crmkit.common.LabelId;
import dev.crmkit.common.PipelineId;
import dev.crmkit.common.UserId;
import dev.crmkit.common.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Set;

/**
 * Replaces the text parts of a pipeline's base card (attachments have calls of their own).
 *
 * @param pipelineId the pipeline
 * @param description the description new cards start with, or {@code null}
 * @param labels the labels new cards start with
 * @param members the members new cards start with (users of the pipeline)
 * @param comments the comments new cards start with, written by the actor
 * @param expectedVersion the pipeline's version the caller last saw
 */
public record UpdateBaseCard(
        @NotNull PipelineId pipelineId,
        @Size(max = Card.MAX_DESCRIPTION) String description,
        @Size(max = 100) Set<@NotNull LabelId> labels,
        @Size(max = 100) Set<@NotNull UserId> members,
        @Size(max = 50) List<@NotBlank @Size(max = Comment.MAX_TEXT) String> comments,
        @NotNull Version expectedVersion) {}
