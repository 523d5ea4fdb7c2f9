package dev.crmkit.pipeline;

import dev.crmkit.common.CardId;
import dev.crmkit.common.CommentId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Edits a comment (only its author may).
 *
 * @param cardId the card
 * @param commentId the comment
 * @param text the new text
 */
public record EditComment(
        @NotNull CardId cardId,
        @NotNull CommentId commentId,
        @NotBlank @Size(max = Comment.MAX_TEXT) String text) {}
