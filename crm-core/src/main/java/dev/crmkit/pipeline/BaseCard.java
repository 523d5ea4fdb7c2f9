package dev.crmkit.pipeline;

import dev.crmkit.common.LabelId;
import dev.crmkit.common.UserId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The template every new card of a pipeline starts from: its description when the
 * new card has none, and its labels, members, comments and attachments added to the new card's own.
 *
 * @param description the description, or {@code null}
 * @param labels the labels
 * @param members the members
 * @param comments the comments
 * @param attachments the attachments (their bytes are copied for each new card)
 */
public record BaseCard(
        String description, Set<LabelId> labels, Set<UserId> members, List<BaseComment> comments, List<Attachment> attachments) {

    /** An empty base card. */
    public static final BaseCard EMPTY = new BaseCard(null, Set.of(), Set.of(), List.of(), List.of());

    /** Copies the collections. */
    public BaseCard {
        labels = Set.copyOf(labels);
        members = Set.copyOf(members);
        comments = List.copyOf(comments);
        attachments = List.copyOf(attachments);
    }

    /**
     * Starts a {@link BaseCard}; every other part starts empty
     * ({@code null}, an empty collection).
     *
     * @return a builder
     */
    public static Builder builder() {
        Builder builder = new Builder();
        return builder;
    }

    /**
     * Starts a builder from this {@link BaseCard}: every part as it is here, for the steps to change some.
     *
     * @return a builder holding this record's parts
     */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.description = description;
        builder.labels = labels;
        builder.members = members;
        builder.comments = comments;
        builder.attachments = attachments;
        return builder;
    }

    /**
     * Builds a {@link BaseCard}, one named step per part. Collection steps take a collection or values, and
     * replace what an earlier step gave.
     */
    public static final class Builder {

        private String description;
        private Set<LabelId> labels = Set.of();
        private Set<UserId> members = Set.of();
        private List<BaseComment> comments = List.of();
        private List<Attachment> attachments = List.of();

        private Builder() {}

        /**
         * @param value the description, or {@code null}
         * @return this builder
         */
        public Builder description(String value) {
            this.description = value;
            return this;
        }

        /**
         * @param values the labels
         * @return this builder
         */
        public Builder labels(Collection<? extends LabelId> values) {
            this.labels = values == null ? null : Collections.unmodifiableSet(new LinkedHashSet<>(values));
            return this;
        }

        /**
         * @param values the labels
         * @return this builder
         */
        public Builder labels(LabelId... values) {
            return labels(values == null ? null : Arrays.asList(values));
        }

        /**
         * @param values the members
         * @return this builder
         */
        public Builder members(Collection<? extends UserId> values) {
            this.members = values == null ? null : Collections.unmodifiableSet(new LinkedHashSet<>(values));
            return this;
        }

        /**
         * @param values the members
         * @return this builder
         */
        public Builder members(UserId... values) {
            return members(values == null ? null : Arrays.asList(values));
        }

        /**
         * @param values the comments
         * @return this builder
         */
        public Builder comments(Collection<? extends BaseComment> values) {
            this.comments = values == null ? null : Collections.unmodifiableList(new ArrayList<>(values));
            return this;
        }

        /**
         * @param values the comments
         * @return this builder
         */
        public Builder comments(BaseComment... values) {
            return comments(values == null ? null : Arrays.asList(values));
        }

        /**
         * @param values the attachments (their bytes are copied for each new card)
         * @return this builder
         */
        public Builder attachments(Collection<? extends Attachment> values) {
            this.attachments = values == null ? null : Collections.unmodifiableList(new ArrayList<>(values));
            return this;
        }

        /**
         * @param values the attachments (their bytes are copied for each new card)
         * @return this builder
         */
        public Builder attachments(Attachment... values) {
            return attachments(values == null ? null : Arrays.asList(values));
        }

        /** @return the {@link BaseCard} of the steps so far, checked as any other when a use case receives it */
        public BaseCard build() {
            return new BaseCard(description, labels, members, comments, attachments);
        }
    }
}
