package dev.crmkit.pipeline;

import dev.crmkit.common.CommentId;
import dev.crmkit.common.UserId;
import java.time.Instant;
import java.util.Objects;

/**
 * A comment on a card: internal information between users. Only its author edits or deletes it.
 *
 * @param id the comment's id
 * @param author who wrote it
 * @param text the text
 * @param createdAt when it was written
 * @param editedAt when it was last edited, or {@code null}
 */
public record Comment(CommentId id, UserId author, String text, Instant createdAt, Instant editedAt) {

    /** The largest length of a comment. */
    public static final int MAX_TEXT = 10_000;

    /** Checks the mandatory parts. */
    public Comment {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    /**
     * Starts a {@link Comment}; every other part starts empty
     * ({@code null}, an empty collection).
     *
     * @return a builder
     */
    public static Builder builder() {
        Builder builder = new Builder();
        return builder;
    }

    /**
     * Starts a builder from this {@link Comment}: every part as it is here, for the steps to change some.
     *
     * @return a builder holding this record's parts
     */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.id = id;
        builder.author = author;
        builder.text = text;
        builder.createdAt = createdAt;
        builder.editedAt = editedAt;
        return builder;
    }

    /**
     * Builds a {@link Comment}, one named step per part. Collection steps take a collection or values, and
     * replace what an earlier step gave.
     */
    public static final class Builder {

        private CommentId id;
        private UserId author;
        private String text;
        private Instant createdAt;
        private Instant editedAt;

        private Builder() {}

        /**
         * @param value the comment's id
         * @return this builder
         */
        public Builder id(CommentId value) {
            this.id = value;
            return this;
        }

        /**
         * @param value who wrote it
         * @return this builder
         */
        public Builder author(UserId value) {
            this.author = value;
            return this;
        }

        /**
         * @param value the text
         * @return this builder
         */
        public Builder text(String value) {
            this.text = value;
            return this;
        }

        /**
         * @param value when it was written
         * @return this builder
         */
        public Builder createdAt(Instant value) {
            this.createdAt = value;
            return this;
        }

        /**
         * @param value when it was last edited, or {@code null}
         * @return this builder
         */
        public Builder editedAt(Instant value) {
            this.editedAt = value;
            return this;
        }

        /** @return the {@link Comment} of the steps so far, checked as any other when a use case receives it */
        public Comment build() {
            return new Comment(id, author, text, createdAt, editedAt);
        }
    }
}
