package dev.crmkit.pipeline;

import dev.crmkit.common.LabelId;
import dev.crmkit.common.PipelineId;
import dev.crmkit.common.UserId;
import dev.crmkit.common.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Replaces the text parts of a pipeline's base card (attachments have calls of their own).
 *
 * @param pipelineId the pipeline
 * @param description the description new cards start with, or {@code null}
 * @param labels the labels new cards start with
 * @param members the members new cards start with (users of the pipeline)
 * @param comments the comments new cards start with, written by the actor
 * @param expectedVersion the pipeline's version the caller last saw
 */
public record UpdateBaseCard(
        @NotNull PipelineId pipelineId,
        @Size(max = Card.MAX_DESCRIPTION) String description,
        @Size(max = 100) Set<@NotNull LabelId> labels,
        @Size(max = 100) Set<@NotNull UserId> members,
        @Size(max = 50) List<@NotBlank @Size(max = Comment.MAX_TEXT) String> comments,
        @NotNull Version expectedVersion) {

    /**
     * Starts a {@link UpdateBaseCard} from its required parts; every other part starts empty
     * ({@code null}, an empty collection).
     *
     * @param pipelineId the pipeline
     * @param expectedVersion the pipeline's version the caller last saw
     * @return a builder
     */
    public static Builder builder(PipelineId pipelineId, Version expectedVersion) {
        Builder builder = new Builder();
        builder.pipelineId = pipelineId;
        builder.expectedVersion = expectedVersion;
        return builder;
    }

    /**
     * Starts an edit of a pipeline's base card as it was read, the pipeline's version expected.
     *
     * @param pipeline the pipeline as read
     * @return a builder holding the base card's description, labels, members and comment texts
     */
    public static Builder from(Pipeline pipeline) {
        BaseCard base = pipeline.baseCard();
        return builder(pipeline.id(), pipeline.version())
                .description(base.description())
                .labels(base.labels())
                .members(base.members())
                .comments(base.comments().stream().map(BaseComment::text).toList());
    }

    /**
     * Starts a builder from this {@link UpdateBaseCard}: every part as it is here, for the steps to change some.
     *
     * @return a builder holding this record's parts
     */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.pipelineId = pipelineId;
        builder.description = description;
        builder.labels = labels;
        builder.members = members;
        builder.comments = comments;
        builder.expectedVersion = expectedVersion;
        return builder;
    }

    /**
     * Builds a {@link UpdateBaseCard}, one named step per part. Collection steps take a collection or values, and
     * replace what an earlier step gave.
     */
    public static final class Builder {

        private PipelineId pipelineId;
        private String description;
        private Set<LabelId> labels = Set.of();
        private Set<UserId> members = Set.of();
        private List<String> comments = List.of();
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
         * @param value the description new cards start with, or {@code null}
         * @return this builder
         */
        public Builder description(String value) {
            this.description = value;
            return this;
        }

        /**
         * @param values the labels new cards start with
         * @return this builder
         */
        public Builder labels(Collection<? extends LabelId> values) {
            this.labels = values == null ? null : Collections.unmodifiableSet(new LinkedHashSet<>(values));
            return this;
        }

        /**
         * @param values the labels new cards start with
         * @return this builder
         */
        public Builder labels(LabelId... values) {
            return labels(values == null ? null : Arrays.asList(values));
        }

        /**
         * @param values the members new cards start with (users of the pipeline)
         * @return this builder
         */
        public Builder members(Collection<? extends UserId> values) {
            this.members = values == null ? null : Collections.unmodifiableSet(new LinkedHashSet<>(values));
            return this;
        }

        /**
         * @param values the members new cards start with (users of the pipeline)
         * @return this builder
         */
        public Builder members(UserId... values) {
            return members(values == null ? null : Arrays.asList(values));
        }

        /**
         * @param values the comments new cards start with, written by the actor
         * @return this builder
         */
        public Builder comments(Collection<? extends String> values) {
            this.comments = values == null ? null : Collections.unmodifiableList(new ArrayList<>(values));
            return this;
        }

        /**
         * @param values the comments new cards start with, written by the actor
         * @return this builder
         */
        public Builder comments(String... values) {
            return comments(values == null ? null : Arrays.asList(values));
        }

        /**
         * @param value the pipeline's version the caller last saw
         * @return this builder
         */
        public Builder expectedVersion(Version value) {
            this.expectedVersion = value;
            return this;
        }

        /** @return the {@link UpdateBaseCard} of the steps so far, checked as any other when a use case receives it */
        public UpdateBaseCard build() {
            return new UpdateBaseCard(pipelineId, description, labels, members, comments, expectedVersion);
        }
    }
}
