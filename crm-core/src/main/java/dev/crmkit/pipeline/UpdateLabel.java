package dev.crmkit.pipeline;

import dev.crmkit.common.LabelId;
import dev.crmkit.common.PipelineId;
import dev.crmkit.common.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Renames or recolors a label.
 *
 * @param pipelineId the pipeline
 * @param labelId the label
 * @param name its name
 * @param color its color
 * @param expectedVersion the pipeline's version the caller last saw
 */
public record UpdateLabel(
        @NotNull PipelineId pipelineId,
        @NotNull LabelId labelId,
        @NotBlank @Size(max = 60) String name,
        @NotBlank @Pattern(regexp = "#[0-9A-Fa-f]{6}") String color,
        @NotNull Version expectedVersion) {

    /**
     * Starts a {@link UpdateLabel} from its required parts; every other part starts empty
     * ({@code null}, an empty collection).
     *
     * @param pipelineId the pipeline
     * @param labelId the label
     * @param name its name
     * @param expectedVersion the pipeline's version the caller last saw
     * @return a builder
     */
    public static Builder builder(PipelineId pipelineId, LabelId labelId, String name, Version expectedVersion) {
        Builder builder = new Builder();
        builder.pipelineId = pipelineId;
        builder.labelId = labelId;
        builder.name = name;
        builder.expectedVersion = expectedVersion;
        return builder;
    }

    /**
     * Starts an edit of one of a pipeline's labels as it was read, the pipeline's version expected.
     *
     * @param pipeline the pipeline as read
     * @param label one of its labels
     * @return a builder holding the label's parts, for the steps to change some
     */
    public static Builder from(Pipeline pipeline, Label label) {
        return builder(pipeline.id(), label.id(), label.name(), pipeline.version()).color(label.color());
    }

    /**
     * Starts a builder from this {@link UpdateLabel}: every part as it is here, for the steps to change some.
     *
     * @return a builder holding this record's parts
     */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.pipelineId = pipelineId;
        builder.labelId = labelId;
        builder.name = name;
        builder.color = color;
        builder.expectedVersion = expectedVersion;
        return builder;
    }

    /**
     * Builds a {@link UpdateLabel}, one named step per part. Collection steps take a collection or values, and
     * replace what an earlier step gave.
     */
    public static final class Builder {

        private PipelineId pipelineId;
        private LabelId labelId;
        private String name;
        private String color;
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
         * @param value the label
         * @return this builder
         */
        public Builder labelId(LabelId value) {
            this.labelId = value;
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
         * @param value the pipeline's version the caller last saw
         * @return this builder
         */
        public Builder expectedVersion(Version value) {
            this.expectedVersion = value;
            return this;
        }

        /** @return the {@link UpdateLabel} of the steps so far, checked as any other when a use case receives it */
        public UpdateLabel build() {
            return new UpdateLabel(pipelineId, labelId, name, color, expectedVersion);
        }
    }
}
