package dev.crmkit.pipeline;

import dev.crmkit.common.CardId;
import jakarta.validation.constraints.NotNull;

/**
 * Deletes a card; with {@code deleteProspect} its prospect too (never a customer). Either way the link goes.
 *
 * @param cardId the card
 * @param deleteProspect whether to delete the linked account as well
 */
public record DeleteCard(
        @NotNull CardId cardId,
        boolean deleteProspect) {}
