package dev.crmkit.inmemory;

import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * A number per row id of one table, so an index can keep its postings as sorted {@code int} arrays: 4 bytes a
 * posting instead of a hash-set entry's 40-odd, and a heap a collector can walk at a million accounts. Rows get
 * increasing numbers as they are inserted, so most postings grow by appending.
 *
 * @param <K> the id type
 */
final class RowNumbers<K> {

    private final Map<K, Integer> numbers = new HashMap<>();
    private final List<K> ids = new ArrayList<>();

    /** The number of a row, assigned on first use. */
    int numberOf(K id) {
        Integer number = numbers.get(id);
        if (number == null) {
            number = ids.size();
            ids.add(id);
            numbers.put(id, number);
        }
        return number;
    }

    /** The number of a row, or -1 when the table never held it. */
    int knownNumberOf(Object id) {
        Integer number = numbers.get(id);
        return number == null ? -1 : number;
    }

    K idOf(int number) {
        return ids.get(number);
    }

    /** Forgets a deleted row; a row inserted again under the same id gets a new number. */
    void forget(K id) {
        Integer number = numbers.remove(id);
        if (number != null) {
            ids.set(number, null);
        }
    }

    /** A live, read-only view of a posting list as a set of ids. */
    Set<K> view(Postings postings) {
        return new AbstractSet<>() {
            @Override
            public Iterator<K> iterator() {
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < postings.size();
                    }

                    @Override
                    public K next() {
                        if (!hasNext()) {
                            throw new NoSuchElementException();
                        }
                        return idOf(postings.get(next++));
                    }
                };
            }

            @Override
            public int size() {
                return postings.size();
            }

            @Override
            public boolean contains(Object id) {
                int number = knownNumberOf(id);
                return number >= 0 && postings.contains(number);
            }
        };
    }

    /** A sorted set of row numbers in a growable array. */
    static final class Postings {

        private int[] numbers = new int[4];
        private int size;

        int size() {
            return size;
        }

        int get(int index) {
            return numbers[index];
        }

        boolean contains(int number) {
            return Arrays.binarySearch(numbers, 0, size, number) >= 0;
        }

        void add(int number) {
            if (size > 0 && number <= numbers[size - 1]) {
                int at = Arrays.binarySearch(numbers, 0, size, number);
                if (at >= 0) {
                    return;
                }
                insert(-at - 1, number);
                return;
            }
            insert(size, number);
        }

        void remove(int number) {
            int at = Arrays.binarySearch(numbers, 0, size, number);
            if (at < 0) {
                return;
            }
            System.arraycopy(numbers, at + 1, numbers, at, size - at - 1);
            size--;
            if (numbers.length > 16 && size < numbers.length / 4) {
                numbers = Arrays.copyOf(numbers, numbers.length / 2);
            }
        }

        private void insert(int at, int number) {
            if (size == numbers.length) {
                numbers = Arrays.copyOf(numbers, numbers.length + (numbers.length >> 1) + 1);
            }
            System.arraycopy(numbers, at, numbers, at + 1, size - at);
            numbers[at] = number;
            size++;
        }
    }
}
