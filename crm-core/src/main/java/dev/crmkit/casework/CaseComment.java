package dev.crmkit.casework;

import dev.crmkit.common.CommentId;
import dev.crmkit.common.UserId;
import java.time.Instant;
import java.util.Objects;

/**
 * A comment on a case. A public comment is part of the conversation with the customer; an internal one is a note
 * between agents, never shown by the customer-facing read ({@link Cases#forCustomer}).
 *
 * @param id its id
 * @param text the text
 * @param internal whether only agents see it
 * @param author who wrote it
 * @param at when
 */
public record CaseComment(CommentId id, String text, boolean internal, UserId author, Instant at) {

    /** Checks the parts are present. */
    public CaseComment {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(at, "at");
    }

    /**
     * Starts a comment from its required parts; it starts public.
     *
     * @param id its id
     * @param text the text
     * @param author who wrote it
     * @param at when
     * @return a builder
     */
    public static Builder builder(CommentId id, String text, UserId author, Instant at) {
        return new Builder(id, text, author, at);
    }

    /** Builds a {@link CaseComment}. */
    public static final class Builder {

        private final CommentId id;
        private final String text;
        private final UserId author;
        private final Instant at;
        private boolean internal;

        private Builder(CommentId id, String text, UserId author, Instant at) {
            this.id = id;
            this.text = text;
            this.author = author;
            this.at = at;
        }

        /**
         * @param value whether only agents see it
         * @return this builder
         */
        public Builder internal(boolean value) {
            this.internal = value;
            return this;
        }

        /** @return the comment */
        public CaseComment build() {
            return new CaseComment(id, text, internal, author, at);
        }
    }
}
