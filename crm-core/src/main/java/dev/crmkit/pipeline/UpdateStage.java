package dev.crmkit.pipeline;

import dev.crmkit.common.PipelineId;
import dev.crmkit.common.StageId;
import dev.crmkit.common.Version;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Changes a stage.
 *
 * @param pipelineId the pipeline
 * @param stageId the stage
 * @param name its name
 * @param color its color
 * @param stagnantDays its stagnant days
 * @param winProbability its win probability in percent, from 0 to 100; {@code null} for none
 * @param expectedVersion the pipeline's version the caller last saw
 */
public record UpdateStage(
        @NotNull PipelineId pipelineId,
        @NotNull StageId stageId,
        @NotBlank @Size(max = 120) String name,
        @NotBlank @Pattern(regexp = "#[0-9A-Fa-f]{6}") String color,
        @Min(0) @Max(3650) int stagnantDays,
        @Min(0) @Max(100) Integer winProbability,
        @NotNull Version expectedVersion) {

    /**
     * Starts a {@link UpdateStage} from its required parts; every other part starts empty
     * ({@code null}, an empty collection, zero).
     *
     * @param pipelineId the pipeline
     * @param stageId the stage
     * @param name its name
     * @param expectedVersion the pipeline's version the caller last saw
     * @return a builder
     */
    public static Builder builder(PipelineId pipelineId, StageId stageId, String name, Version expectedVersion) {
        Builder builder = new Builder();
        builder.pipelineId = pipelineId;
        builder.stageId = stageId;
        builder.name = name;
        builder.expectedVersion = expectedVersion;
        return builder;
    }

    /**
     * Starts an edit of one of a pipeline's stages as it was read, the pipeline's version expected.
     *
     * @param pipeline the pipeline as read
     * @param stage one of its stages
     * @return a builder holding the stage's parts, for the steps to change some
     */
    public static Builder from(Pipeline pipeline, Stage stage) {
        return builder(pipeline.id(), stage.id(), stage.name(), pipeline.version())
                .color(stage.color())
                .stagnantDays(stage.stagnantDays())
                .winProbability(stage.winProbability());
    }

    /**
     * Starts a builder from this {@link UpdateStage}: every part as it is here, for the steps to change some.
     *
     * @return a builder holding this record's parts
     */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.pipelineId = pipelineId;
        builder.stageId = stageId;
        builder.name = name;
        builder.color = color;
        builder.stagnantDays = stagnantDays;
        builder.winProbability = winProbability;
        builder.expectedVersion = expectedVersion;
        return builder;
    }

    /**
     * Builds a {@link UpdateStage}, one named step per part. Collection steps take a collection or values, and
     * replace what an earlier step gave.
     */
    public static final class Builder {

        private PipelineId pipelineId;
        private StageId stageId;
        private String name;
        private String color;
        private int stagnantDays;
        private Integer winProbability;
        private Version expectedVersion;

        private Builder() {}

        /**
         * @param value the pipeline
         * @return this builder
         */
        public Builder pipelineId(PipelineId value) {
            this.pipelineId = value;
            return this;
        }

        /**
         * @param value the stage
         * @return this builder
         */
        public Builder stageId(StageId value) {
            this.stageId = value;
            return this;
        }

        /**
         * @param value its name
         * @return this builder
         */
        public Builder name(String value) {
            this.name = value;
            return this;
        }

        /**
         * @param value its color
         * @return this builder
         */
        public Builder color(String value) {
            this.color = value;
            return this;
        }

        /**
         * @param value its stagnant days
         * @return this builder
         */
        public Builder stagnantDays(int value) {
            this.stagnantDays = value;
            return this;
        }

        /**
         * @param value its win probability in percent, or {@code null} for none
         * @return this builder
         */
        public Builder winProbability(Integer value) {
            this.winProbability = value;
            return this;
        }

        /**
         * @param value the pipeline's version the caller last saw
         * @return this builder
         */
        public Builder expectedVersion(Version value) {
            this.expectedVersion = value;
            return this;
        }

        /** @return the {@link UpdateStage} of the steps so far, checked as any other when a use case receives it */
        public UpdateStage build() {
            return new UpdateStage(pipelineId, stageId, name, color, stagnantDays, winProbability, expectedVersion);
        }
    }
}
