package dev.crmkit.pipeline;

import dev.crmkit.common.PipelineId;
import dev.crmkit.common.Version;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Renames, recolors and resets a pipeline's settings.
 *
 * @param pipelineId the pipeline
 * @param name its name
 * @param color its color
 * @param settings its settings
 * @param expectedVersion the version the caller last saw
 */
public record UpdatePipeline(
        @NotNull PipelineId pipelineId,
        @NotBlank @Size(max = 120) String name,
        @NotBlank @Pattern(regexp = "#[0-9A-Fa-f]{6}") String color,
        @NotNull @Valid PipelineSettings settings,
        @NotNull Version expectedVersion) {

    /**
     * Starts a {@link UpdatePipeline} from its required parts; every other part starts empty
     * ({@code null}, an empty collection).
     *
     * @param pipelineId the pipeline
     * @param name its name
     * @param expectedVersion the version the caller last saw
     * @return a builder
     */
    public static Builder builder(PipelineId pipelineId, String name, Version expectedVersion) {
        Builder builder = new Builder();
        builder.pipelineId = pipelineId;
        builder.name = name;
        builder.expectedVersion = expectedVersion;
        return builder;
    }

    /**
     * Starts an edit of a pipeline as it was read: its name, color and settings, its version expected.
     *
     * @param pipeline the pipeline as read
     * @return a builder holding the pipeline's parts, for the steps to change some
     */
    public static Builder from(Pipeline pipeline) {
        return builder(pipeline.id(), pipeline.name(), pipeline.version())
                .color(pipeline.color())
                .settings(pipeline.settings());
    }

    /**
     * Starts a builder from this {@link UpdatePipeline}: every part as it is here, for the steps to change some.
     *
     * @return a builder holding this record's parts
     */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.pipelineId = pipelineId;
        builder.name = name;
        builder.color = color;
        builder.settings = settings;
        builder.expectedVersion = expectedVersion;
        return builder;
    }

    /**
     * Builds a {@link UpdatePipeline}, one named step per part. Collection steps take a collection or values, and
     * replace what an earlier step gave.
     */
    public static final class Builder {

        private PipelineId pipelineId;
        private String name;
        private String color;
        private PipelineSettings settings;
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
         * @param value its settings
         * @return this builder
         */
        public Builder settings(PipelineSettings value) {
            this.settings = value;
            return this;
        }

        /**
         * @param value the version the caller last saw
         * @return this builder
         */
        public Builder expectedVersion(Version value) {
            this.expectedVersion = value;
            return this;
        }

        /** @return the {@link UpdatePipeline} of the steps so far, checked as any other when a use case receives it */
        public UpdatePipeline build() {
            return new UpdatePipeline(pipelineId, name, color, settings, expectedVersion);
        }
    }
}
