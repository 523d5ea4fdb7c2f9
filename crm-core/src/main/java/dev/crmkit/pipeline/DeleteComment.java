package dev.crmkit.pipeline;

import dev.crmkit.common.CardId;
import dev.crmkit.common.CommentId;
import jakarta.validation.constraints.NotNull;

/**
 * Deletes a comment (only its author may).
 *
 * @param cardId the card
 * @param commentId the comment
 */
public record DeleteComment(
        @NotNull CardId cardId,
        @NotNull CommentId commentId) {}
