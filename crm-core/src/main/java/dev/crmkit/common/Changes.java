package dev.crmkit.common;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects the {@link FieldChange}s of one edit, in the order the fields are compared, skipping the fields
 * that did not change.
 */
public final class Changes {

    private final List<FieldChange> changes = new ArrayList<>();

    /** Creates an empty collector. */
    public Changes() {}

    /**
     * Compares one field.
     *
     * @param field the field's name
     * @param oldValue the old value
     * @param newValue the new value
     * @return this collector
     */
    public Changes compare(String field, Object oldValue, Object newValue) {
        FieldChange change = FieldChange.ofValues(field, oldValue, newValue);
        if (change != null) {
            changes.add(change);
        }
        return this;
    }

    /**
     * Whether no field changed.
     *
     * @return {@code true} when every compared field kept its value
     */
    public boolean isEmpty() {
        return changes.isEmpty();
    }

    /**
     * The changes collected so far.
     *
     * @return an immutable list, in comparison order
     */
    public List<FieldChange> toList() {
        return List.copyOf(changes);
    }
}
