package dev.crmkit.pipeline;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A stage of a pipeline being created.
 *
 * @param name the stage's name
 * @param color its color, {@code #RRGGBB}
 * @param stagnantDays days without an update after which a card is stagnant; 0 for never
 */
public record NewStage(
        @NotBlank @Size(max = 120) String name,
        @NotBlank @Pattern(regexp = "#[0-9A-Fa-f]{6}") String color,
        @Min(0) @Max(3650) int stagnantDays) {}
