package dev.crmkit.pipeline;

import dev.crmkit.common.CardId;
import dev.crmkit.common.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Converts an open card to a customer service or contract of the host's.
 *
 * @param cardId the card
 * @param serviceReference the host's reference of the service or contract
 * @param expectedVersion the version the caller last saw, or {@code null} to act on the current state
 */
public record ConvertCardToService(
        @NotNull CardId cardId,
        @NotBlank @Size(max = 200) String serviceReference,
        Version expectedVersion) {}
