package dev.crmkit.common;

import java.util.Objects;

/**
 * One changed field of an aggregate, as the edit history, the account timeline and the domain events show
 * it: the field's name and its old and new values rendered as text ({@code null} where there was or is no
 * value). Enums render as their name, ids as their text, money as {@code "BRL 1500.00"}, dates in ISO-8601.
 *
 * @param field the field's name as commands name it (for example {@code "displayName"})
 * @param oldValue the value before the change, or {@code null}
 * @param newValue the value after the change, or {@code null}
 */
public record FieldChange(String field, String oldValue, String newValue) {

    /** Checks the field is named and the values differ. */
    public FieldChange {
        Ids.required(field, "field");
        if (Objects.equals(oldValue, newValue)) {
            throw InvalidCommandException.single("newValue", "Changed");
        }
    }

    /**
     * The change of a field, or {@code null} when both values render the same.
     *
     * @param field the field's name
     * @param oldValue the old value, rendered with {@link String#valueOf(Object)} unless {@code null}
     * @param newValue the new value, rendered with {@link String#valueOf(Object)} unless {@code null}
     * @return the change, or {@code null} when nothing changed
     */
    public static FieldChange ofValues(String field, Object oldValue, Object newValue) {
        String before = oldValue == null ? null : String.valueOf(oldValue);
        String after = newValue == null ? null : String.valueOf(newValue);
        return Objects.equals(before, after) ? null : new FieldChange(field, before, after);
    }
}
