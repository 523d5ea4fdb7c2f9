package dev.crmkit.inmemory;

import dev.crmkit.common.ConflictException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Rows of one aggregate type in one tenant, keyed by id, with secondary indexes kept in step and every
 * write journaled for rollback. Not thread-safe by itself: the tenant partition's lock guards it.
 *
 * @param <K> the id type
 * @param <V> the row type (an immutable aggregate)
 */
final class Table<K, V> {

    private final String entity;
    private final Function<V, K> idOf;
    private final Map<K, V> rows = new HashMap<>();
    private final List<Index<K, V, ?>> indexes = new ArrayList<>();
    private final List<Unique<K, V>> uniques = new ArrayList<>();
    private final List<Sorted<?, V>> sorted = new ArrayList<>();
    private final List<GroupedSorted<?, ?, V>> grouped = new ArrayList<>();
    private final RowNumbers<K> numbers = new RowNumbers<>();

    Table(String entity, Function<V, K> idOf) {
        this.entity = entity;
        this.idOf = idOf;
    }

    /** Adds a multi-valued index: each row is found under every key the function returns. */
    <I> Index<K, V, I> index(Function<V, Collection<I>> keysOf) {
        Index<K, V, I> index = new Index<>(keysOf, numbers);
        indexes.add(index);
        return index;
    }

    /**
     * Adds a sorted index: the rows by a key that must be unique (ties broken by id), so a cursor can seek it. A
     * row whose key is {@code null} is left out of the index.
     */
    <S extends Comparable<S>> NavigableMap<S, V> sorted(Function<V, S> keyOf) {
        Sorted<S, V> index = new Sorted<>(keyOf, new TreeMap<>());
        sorted.add(index);
        return Collections.unmodifiableNavigableMap(index.rows());
    }

    /** Adds a sorted index per group (cards by position, per stage): a group's rows by a unique key. */
    <G, S extends Comparable<S>> Map<G, NavigableMap<S, V>> groupedSorted(Function<V, G> groupOf, Function<V, S> keyOf) {
        GroupedSorted<G, S, V> index = new GroupedSorted<>(groupOf, keyOf, new HashMap<>());
        grouped.add(index);
        return Collections.unmodifiableMap(index.groups());
    }

    /** Adds a unique key: two rows never share a non-null key. */
    Unique<K, V> unique(String field, Function<V, Object> keyOf) {
        Unique<K, V> unique = new Unique<>(field, keyOf, new HashMap<>());
        uniques.add(unique);
        return unique;
    }

    /** The row holding a unique key. */
    Optional<V> findUnique(Unique<K, V> unique, Object key) {
        K id = unique.holders().get(key);
        return id == null ? Optional.empty() : get(id);
    }

    Optional<V> get(K id) {
        return Optional.ofNullable(rows.get(id));
    }

    Collection<V> all() {
        return Collections.unmodifiableCollection(rows.values());
    }

    int size() {
        return rows.size();
    }

    /** The rows whose index keys include the given key. */
    <I> List<V> find(Index<K, V, I> index, I key) {
        Set<K> ids = index.ids(key);
        List<V> found = new ArrayList<>(ids.size());
        for (K id : ids) {
            found.add(rows.get(id));
        }
        return found;
    }

    void insert(V row, Journal journal) {
        K id = idOf.apply(row);
        if (rows.containsKey(id)) {
            throw ConflictException.duplicate(entity, "id", id, null);
        }
        checkUnique(row, null);
        put(id, row);
        journal.onRollback(() -> remove(id));
    }

    void replace(V row, Journal journal) {
        K id = idOf.apply(row);
        V old = rows.get(id);
        checkUnique(row, id);
        put(id, row);
        journal.onRollback(() -> put(id, old));
    }

    void delete(K id, Journal journal) {
        V old = remove(id);
        if (old != null) {
            journal.onRollback(() -> put(id, old));
        }
    }

    private void checkUnique(V row, K self) {
        for (Unique<K, V> unique : uniques) {
            Object key = unique.keyOf().apply(row);
            K holder = key == null ? null : unique.holders().get(key);
            if (holder != null && !holder.equals(self)) {
                throw ConflictException.duplicate(entity, unique.field(), key, null);
            }
        }
    }

    /** Puts a row (or, with {@code null}, removes it), keeping every index in step. */
    private void put(K id, V row) {
        V old = row == null ? rows.remove(id) : rows.put(id, row);
        if (old != null && row != null) {
            reindex(id, old, row);
            return;
        }
        if (old != null) {
            unindex(id, old);
        }
        if (row != null) {
            for (Index<K, V, ?> index : indexes) {
                index.add(id, row);
            }
            for (Sorted<?, V> index : sorted) {
                index.add(row);
            }
            for (GroupedSorted<?, ?, V> index : grouped) {
                index.add(row);
            }
            for (Unique<K, V> unique : uniques) {
                Object key = unique.keyOf().apply(row);
                if (key != null) {
                    unique.holders().put(key, id);
                }
            }
        }
    }

    /**
     * Moves a replaced row in every index, touching only the keys that changed: an update of one field must not
     * rewrite the dozens of trigram postings of a name it left alone.
     */
    private void reindex(K id, V old, V row) {
        for (Index<K, V, ?> index : indexes) {
            index.replace(id, old, row);
        }
        for (Sorted<?, V> index : sorted) {
            index.replace(old, row);
        }
        for (GroupedSorted<?, ?, V> index : grouped) {
            index.replace(old, row);
        }
        for (Unique<K, V> unique : uniques) {
            Object before = unique.keyOf().apply(old);
            Object after = unique.keyOf().apply(row);
            if (!Objects.equals(before, after)) {
                if (before != null) {
                    unique.holders().remove(before, id);
                }
                if (after != null) {
                    unique.holders().put(after, id);
                }
            }
        }
    }

    private V remove(K id) {
        V old = rows.remove(id);
        if (old != null) {
            unindex(id, old);
        }
        return old;
    }

    private void unindex(K id, V old) {
        for (Index<K, V, ?> index : indexes) {
            index.remove(id, old);
        }
        for (Sorted<?, V> index : sorted) {
            index.remove(old);
        }
        for (GroupedSorted<?, ?, V> index : grouped) {
            index.remove(old);
        }
        for (Unique<K, V> unique : uniques) {
            Object key = unique.keyOf().apply(old);
            if (key != null) {
                unique.holders().remove(key, id);
            }
        }
        numbers.forget(id);
    }

    /** A secondary index from keys to the ids of the rows that carry them. */
    static final class Index<K, V, I> {

        private final Function<V, Collection<I>> keysOf;
        private final RowNumbers<K> numbers;
        private final Map<I, RowNumbers.Postings> postings = new HashMap<>();

        private Index(Function<V, Collection<I>> keysOf, RowNumbers<K> numbers) {
            this.keysOf = keysOf;
            this.numbers = numbers;
        }

        /** The ids of the rows under a key: a live read-only view. */
        Set<K> ids(I key) {
            RowNumbers.Postings found = postings.get(key);
            return found == null ? Set.of() : numbers.view(found);
        }

        int size(I key) {
            RowNumbers.Postings found = postings.get(key);
            return found == null ? 0 : found.size();
        }

        boolean contains(I key) {
            return size(key) > 0;
        }

        private void add(K id, V row) {
            int number = numbers.numberOf(id);
            for (I key : keysOf.apply(row)) {
                postings.computeIfAbsent(key, k -> new RowNumbers.Postings()).add(number);
            }
        }

        private void replace(K id, V old, V row) {
            Collection<I> before = keysOf.apply(old);
            Collection<I> after = keysOf.apply(row);
            if (before.equals(after)) {
                return;
            }
            int number = numbers.numberOf(id);
            Set<I> gone = new HashSet<>(before);
            gone.removeAll(after);
            for (I key : after) {
                postings.computeIfAbsent(key, k -> new RowNumbers.Postings()).add(number);
            }
            for (I key : gone) {
                removeFrom(key, number);
            }
        }

        private void remove(K id, V row) {
            int number = numbers.knownNumberOf(id);
            if (number < 0) {
                return;
            }
            for (I key : keysOf.apply(row)) {
                removeFrom(key, number);
            }
        }

        private void removeFrom(I key, int number) {
            RowNumbers.Postings found = postings.get(key);
            if (found != null) {
                found.remove(number);
                if (found.size() == 0) {
                    postings.remove(key);
                }
            }
        }
    }

    /** A sorted index and how to key a row in it. */
    private record Sorted<S extends Comparable<S>, V>(Function<V, S> keyOf, TreeMap<S, V> rows) {

        void add(V row) {
            S key = keyOf.apply(row);
            if (key != null) {
                rows.put(key, row);
            }
        }

        void remove(V row) {
            S key = keyOf.apply(row);
            if (key != null) {
                rows.remove(key);
            }
        }

        void replace(V old, V row) {
            S before = keyOf.apply(old);
            S after = keyOf.apply(row);
            // A row without a key is not in the index (a document without a validity date, say).
            if (before != null && !before.equals(after)) {
                rows.remove(before);
            }
            if (after != null) {
                rows.put(after, row);
            }
        }
    }

    /** A sorted index per group; empty groups are dropped. */
    private record GroupedSorted<G, S extends Comparable<S>, V>(
            Function<V, G> groupOf, Function<V, S> keyOf, Map<G, NavigableMap<S, V>> groups) {

        void add(V row) {
            groups.computeIfAbsent(groupOf.apply(row), g -> new TreeMap<>()).put(keyOf.apply(row), row);
        }

        void remove(V row) {
            G group = groupOf.apply(row);
            NavigableMap<S, V> rows = groups.get(group);
            if (rows != null) {
                rows.remove(keyOf.apply(row));
                if (rows.isEmpty()) {
                    groups.remove(group);
                }
            }
        }

        void replace(V old, V row) {
            if (Objects.equals(groupOf.apply(old), groupOf.apply(row)) && keyOf.apply(old).equals(keyOf.apply(row))) {
                groups.get(groupOf.apply(row)).put(keyOf.apply(row), row);
            } else {
                remove(old);
                add(row);
            }
        }
    }

    /** A unique key of a table and its current holders. */
    record Unique<K, V>(String field, Function<V, Object> keyOf, Map<Object, K> holders) {}
}
