package dev.crmkit.pipeline;

import dev.crmkit.common.CardId;
import dev.crmkit.common.StageId;
import dev.crmkit.common.Version;
import jakarta.validation.constraints.NotNull;

/**
 * Moves a card to a stage (maybe its own), after another card of that stage or at its top.
 *
 * @param cardId the card
 * @param stageId the stage
 * @param afterCardId the card it is to follow in that stage, or {@code null} for the top
 * @param expectedVersion the version the caller last saw
 */
public record MoveCard(
        @NotNull CardId cardId,
        @NotNull StageId stageId,
        CardId afterCardId,
        @NotNull Version expectedVersion) {}
