package dev.crmkit.pipeline;

import dev.crmkit.common.CardId;
import dev.crmkit.common.Version;
import jakarta.validation.constraints.NotNull;

/**
 * Archives, unarchives, reopens or converts a card to a customer.
 *
 * @param cardId the card
 * @param expectedVersion the version the caller last saw, or {@code null} to act on the current state
 */
public record CardOutcome(
        @NotNull CardId cardId,
        Version expectedVersion) {}
