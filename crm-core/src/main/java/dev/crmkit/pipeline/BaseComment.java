package dev.crmkit.pipeline;

import dev.crmkit.common.UserId;
import java.util.Objects;

/**
 * A comment of a pipeline's base card, copied onto every new card.
 *
 * @param author who wrote it
 * @param text the text
 */
public record BaseComment(UserId author, String text) {

    /** Checks both parts are present. */
    public BaseComment {
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(text, "text");
    }
}
