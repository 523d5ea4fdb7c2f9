package dev.crmkit.pipeline;

import dev.crmkit.common.CardId;
import dev.crmkit.common.Version;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Marks an open card lost.
 *
 * @param cardId the card
 * @param reason why; required when the pipeline's settings say so
 * @param expectedVersion the version the caller last saw, or {@code null} to act on the current state
 */
public record MarkCardLost(
        @NotNull CardId cardId,
        @Size(max = 500) String reason,
        Version expectedVersion) {}
