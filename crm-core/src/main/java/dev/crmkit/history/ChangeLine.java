package dev.crmkit.history;

import java.util.Objects;

/**
 * One changed field as a person reads it, with the raw field path and values kept beside the words.
 *
 * @param field the field's path as commands and events name it (for example {@code "stageId"})
 * @param fieldLabel the field's name in the reader's language
 * @param oldValue the raw value before, or {@code null}
 * @param newValue the raw value after, or {@code null}
 * @param oldDisplay the value before in words, or {@code null} when there was none
 * @param newDisplay the value after in words, or {@code null} when there is none
 */
public record ChangeLine(String field, String fieldLabel, String oldValue, String newValue, String oldDisplay,
        String newDisplay) {

    /** Checks the field and its label are present. */
    public ChangeLine {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(fieldLabel, "fieldLabel");
    }
}
