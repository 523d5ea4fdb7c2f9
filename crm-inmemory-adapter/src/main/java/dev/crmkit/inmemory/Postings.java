package dev.crmkit.inmemory;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * A set of row ids an index narrows a query to, with an estimate of its size, computed only when the planner
 * picks it.
 *
 * @param estimate how many ids at most
 * @param ids the ids
 * @param <K> the id type
 */
record Postings<K>(long estimate, Supplier<Collection<K>> ids) {

    /** The ids under one key. */
    static <K, V, I> Postings<K> of(Table.Index<K, V, I> index, I key) {
        return new Postings<>(index.size(key), () -> index.ids(key));
    }

    /** The ids under any of several keys. */
    static <K, V, I> Postings<K> anyOf(Table.Index<K, V, I> index, Collection<I> keys) {
        long estimate = 0;
        for (I key : keys) {
            estimate += index.size(key);
        }
        return new Postings<>(estimate, () -> {
            Set<K> union = new HashSet<>();
            for (I key : keys) {
                union.addAll(index.ids(key));
            }
            return union;
        });
    }

    /** The ids under every one of several keys (empty when a key has none). */
    static <K, V, I> Postings<K> allOf(Table.Index<K, V, I> index, Collection<I> keys) {
        List<I> bySize = new ArrayList<>(keys);
        bySize.sort(Comparator.comparingInt(index::size));
        long estimate = bySize.isEmpty() ? 0 : index.size(bySize.get(0));
        return new Postings<>(estimate, () -> {
            if (bySize.isEmpty()) {
                return Set.of();
            }
            Set<K> common = new HashSet<>(index.ids(bySize.get(0)));
            for (int i = 1; i < bySize.size() && !common.isEmpty(); i++) {
                common.retainAll(index.ids(bySize.get(i)));
            }
            return common;
        });
    }

    /** The ids of either of two postings. */
    Postings<K> or(Postings<K> other) {
        return new Postings<>(estimate + other.estimate, () -> {
            Set<K> union = new HashSet<>(ids.get());
            union.addAll(other.ids.get());
            return union;
        });
    }
}
