package dev.crmkit.inmemory;

import java.util.Objects;

/**
 * A sorted index's key: the sort value, then the row's id, so two rows never share a key and a keyset cursor
 * (the last row's value and id) seeks exactly.
 *
 * @param value the sort value (a name key, an instant)
 * @param id the row's id
 * @param <P> the sort value's type
 * @param <I> the id type
 */
record SortKey<P extends Comparable<P>, I extends Comparable<I>>(P value, I id) implements Comparable<SortKey<P, I>> {

    SortKey {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(id, "id");
    }

    @Override
    public int compareTo(SortKey<P, I> other) {
        int byValue = value.compareTo(other.value);
        return byValue != 0 ? byValue : id.compareTo(other.id);
    }
}
