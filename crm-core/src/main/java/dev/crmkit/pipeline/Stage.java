package dev.crmkit.pipeline;

import dev.crmkit.common.StageId;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A stage of a pipeline: a column of the board. A card not updated for {@code stagnantDays} days (periods of
 * 24 hours) is stagnant; 0 means its cards never stagnate.
 *
 * @param id the stage's id
 * @param name the name, unique within the pipeline case-insensitively
 * @param color the color, {@code #RRGGBB} in upper case
 * @param stagnantDays the days without an update after which an open card is stagnant; 0 for never
 */
public record Stage(StageId id, String name, String color, int stagnantDays) {

    /** Checks the parts. */
    public Stage {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(color, "color");
        if (stagnantDays < 0) {
            throw new IllegalStateException("negative stagnant days");
        }
    }

    /**
     * The instant at or before which a card's last update makes it stagnant now.
     *
     * @param now the current instant
     * @return the threshold, or {@code null} when this stage's cards never stagnate
     */
    public Instant stagnantBefore(Instant now) {
        return stagnantDays == 0 ? null : now.minus(Duration.ofDays(stagnantDays));
    }
}
