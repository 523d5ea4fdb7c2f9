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
}
