package dev.crmkit.common;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Function;

/**
 * One page of a keyset-paginated listing.
 *
 * @param items the items of this page, in the listing's order
 * @param nextCursor the opaque cursor of the next page, or {@code null} on the last page
 * @param total the number of items of the whole listing, when it was asked for, or {@code null}
 * @param <T> the item type
 */
public record Page<T>(List<T> items, String nextCursor, Long total) {

    /** Copies the items. */
    public Page {
        items = List.copyOf(items);
    }

    /**
     * The cursor of the next page.
     *
     * @return the cursor, empty on the last page
     */
    public Optional<String> next() {
        return Optional.ofNullable(nextCursor);
    }

    /**
     * The size of the whole listing.
     *
     * @return the total, when it was asked for
     */
    public OptionalLong totalCount() {
        return total == null ? OptionalLong.empty() : OptionalLong.of(total);
    }

    /**
     * Whether a next page exists.
     *
     * @return {@code true} unless this is the last page
     */
    public boolean hasNext() {
        return nextCursor != null;
    }

    /**
     * The same page with every item mapped.
     *
     * @param mapper the item mapping
     * @param <R> the new item type
     * @return the mapped page
     */
    public <R> Page<R> map(Function<? super T, ? extends R> mapper) {
        return new Page<>(items.stream().<R>map(mapper).toList(), nextCursor, total);
    }
}
