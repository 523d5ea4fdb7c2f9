package dev.crmkit.jpa;

import jakarta.persistence.Query;
import java.util.Collection;
import java.util.List;

/**
 * An {@code in} list of single-valued parameters ({@code :id0, :id1, ...}), padded to a power of two by repeating
 * the last value.
 *
 * <p>Hibernate translates a JPQL query bound with a multi-valued parameter ({@code in :ids}) anew on every
 * execution: in the account profile's JFR samples that translation was among the largest costs. With single-valued parameters the
 * query text repeats, one per power of two, and its translation comes from the query plan cache.
 */
final class InList {

    private final String name;
    private final List<?> values;
    private final int size;

    /**
     * @param name the parameters' prefix, unique in the statement
     * @param values the values, at least one; duplicates are dropped
     */
    InList(String name, Collection<?> values) {
        if (values.isEmpty()) {
            // Callers answer an empty lookup without a statement: "in ()" is not SQL.
            throw new IllegalStateException("an in list needs a value");
        }
        this.name = name;
        this.values = values.stream().distinct().toList();
        int n = this.values.size();
        this.size = n == 1 ? 1 : Integer.highestOneBit(n - 1) << 1; // the next power of two
    }

    /** The condition {@code column in (:name0, ...)}. */
    String in(String column) {
        StringBuilder sql = new StringBuilder(column).append(" in (");
        for (int i = 0; i < size; i++) {
            sql.append(i == 0 ? ":" : ", :").append(name).append(i);
        }
        return sql.append(')').toString();
    }

    /** Binds the parameters, the padding repeating the last value. */
    <Q extends Query> Q bind(Q query) {
        for (int i = 0; i < size; i++) {
            query.setParameter(name + i, values.get(Math.min(i, values.size() - 1)));
        }
        return query;
    }
}
