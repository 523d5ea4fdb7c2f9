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
 * @param winProbability the chance, from 0 to 100 percent, that an open card in this stage is won; {@code null} for
 *     none
 */
public record NewStage(
        @NotBlank @Size(max = 120) String name,
        @NotBlank @Pattern(regexp = "#[0-9A-Fa-f]{6}") String color,
        @Min(0) @Max(3650) int stagnantDays,
        @Min(0) @Max(100) Integer winProbability) {

    /**
     * A stage without a win probability.
     *
     * @param name the stage's name
     * @param color its color, {@code #RRGGBB}
     * @param stagnantDays days without an update after which a card is stagnant; 0 for never
     */
    public NewStage(String name, String color, int stagnantDays) {
        this(name, color, stagnantDays, null);
    }
}
