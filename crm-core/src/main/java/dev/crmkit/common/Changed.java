package dev.crmkit.common;

import java.util.List;

/**
 * The result of an edit of an immutable aggregate: its new state and the fields that changed.
 *
 * @param value the new state (the same instance as before when nothing changed)
 * @param changes the changed fields, in the aggregate's field order; empty when nothing changed
 * @param <T> the aggregate type
 */
public record Changed<T>(T value, List<FieldChange> changes) {

    /** Copies the change list. */
    public Changed {
        Ids.required(value, "value");
        changes = List.copyOf(changes);
    }

    /**
     * Whether any field changed.
     *
     * @return {@code true} when there is at least one change
     */
    public boolean changed() {
        return !changes.isEmpty();
    }
}
