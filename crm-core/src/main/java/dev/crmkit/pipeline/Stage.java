package dev.crmkit.pipeline;

import dev.crmkit.common.StageId;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A stage of a pipeline: a column of the board. A card not updated for {@code stagnantDays} days (periods of
 * 24 hours) is stagnant; 0 means its cards never stagnate. Its win probability is the chance, in percent, that an
 * open card in it ends won: what a revenue estimate weighs the open pipeline by.
 *
 * @param id the stage's id
 * @param name the name, unique within the pipeline case-insensitively
 * @param color the color, {@code #RRGGBB} in upper case
 * @param stagnantDays the days without an update after which an open card is stagnant; 0 for never
 * @param winProbability the chance, from 0 to 100 percent, that an open card in this stage is won; {@code null} when
 *     none was set
 */
public record Stage(StageId id, String name, String color, int stagnantDays, Integer winProbability) {

    /** Checks the parts. */
    public Stage {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(color, "color");
        if (stagnantDays < 0) {
            throw new IllegalStateException("negative stagnant days");
        }
        if (winProbability != null && (winProbability < 0 || winProbability > 100)) {
            throw new IllegalStateException("win probability out of 0..100: " + winProbability);
        }
    }

    /**
     * Starts a {@link Stage} from its required parts: never stagnant, no win probability.
     *
     * @param id the stage's id
     * @param name the name
     * @param color the color
     * @return a builder
     */
    public static Builder builder(StageId id, String name, String color) {
        Builder builder = new Builder();
        builder.id = id;
        builder.name = name;
        builder.color = color;
        return builder;
    }

    /**
     * Starts a builder from this stage: every part as it is here, for the steps to change some.
     *
     * @return a builder holding this stage's parts
     */
    public Builder toBuilder() {
        return builder(id, name, color).stagnantDays(stagnantDays).winProbability(winProbability);
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

    /** Builds a {@link Stage}, one named step per part. */
    public static final class Builder {

        private StageId id;
        private String name;
        private String color;
        private int stagnantDays;
        private Integer winProbability;

        private Builder() {}

        /**
         * @param value the stage's id
         * @return this builder
         */
        public Builder id(StageId value) {
            this.id = value;
            return this;
        }

        /**
         * @param value the name
         * @return this builder
         */
        public Builder name(String value) {
            this.name = value;
            return this;
        }

        /**
         * @param value the color
         * @return this builder
         */
        public Builder color(String value) {
            this.color = value;
            return this;
        }

        /**
         * @param value the days without an update after which an open card is stagnant; 0 for never
         * @return this builder
         */
        public Builder stagnantDays(int value) {
            this.stagnantDays = value;
            return this;
        }

        /**
         * @param value the win probability in percent, or {@code null} for none
         * @return this builder
         */
        public Builder winProbability(Integer value) {
            this.winProbability = value;
            return this;
        }

        /** @return the {@link Stage} of the steps so far */
        public Stage build() {
            return new Stage(id, name, color, stagnantDays, winProbability);
        }
    }
}
