package dev.crmkit.pipeline;

import dev.crmkit.common.CardId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Comments on a card.
 *
 * @param cardId the card
 * @param text the comment
 */
public record AddComment(
        @NotNull CardId cardId,
        @NotBlank @Size(max = Comment.MAX_TEXT) String text) {}
