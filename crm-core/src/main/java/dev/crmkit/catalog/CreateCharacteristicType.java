package dev.crmkit.catalog;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * Creates a characteristic type (administrators only).
 *
 * @param name the name, unique among characteristic types case-insensitively
 * @param valueType the type of the values (it never changes afterwards)
 * @param choices the allowed values of a {@link CharacteristicValueType#CHOICE}; empty or {@code null} otherwise
 */
public record CreateCharacteristicType(
        @NotBlank @Size(max = CatalogEntry.MAX_NAME_LENGTH) String name,
        @NotNull CharacteristicValueType valueType,
        List<String> choices) {}
