package dev.crmkit.jpa;

import jakarta.persistence.Query;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * An {@code in} list of single-valued parameters ({@code :id0, :id1, ...}), padded to a power of two by repeating
 * the last value.
 *
 * <p>Hibernate translates a JPQL query bound with a multi-valued parameter ({@code in :ids}) anew on every
 * execution: in the account profile's JFR samples that translation was among the largest costs. With single-valued parameters the
 * query text repeats, one per power of two, and its translation comes from the query plan cache.
 *
 * <p>Native statements of ids ({@link #ofUuids}) take the same padded list up to {@value #LARGEST_PADDED} ids, for
 * PostgreSQL's sake: a statement prepared on the server with a fixed text gets a generic plan, planned once. Bound
 * as one {@code uuid[]} ({@code = any(?)}), the planner cannot cost the array without its value, so it plans anew
 * on every execution: the account profile's union of three child tables spent about 160 µs planning each time
 * to run in 40 µs. Above the limit (a board's 5,000 cards) one array parameter keeps the statement short, and its
 * planning is small next to the rows it reads; H2 then takes a multi-valued parameter.
 */
final class InList {

    /** The most ids a native statement binds one by one. */
    static final int LARGEST_PADDED = 128;

    /** How the values are bound. */
    private enum Form { PADDED, ARRAY, EXPANDED }

    private final String name;
    private final List<?> values;
    private final int size;
    private final Form form;

    /**
     * @param name the parameters' prefix, unique in the statement
     * @param values the values, at least one; duplicates are dropped
     */
    InList(String name, Collection<?> values) {
        this(name, values, Form.PADDED);
    }

    private InList(String name, Collection<?> values, Form form) {
        if (values.isEmpty()) {
            // Callers answer an empty lookup without a statement: "in ()" is not SQL.
            throw new IllegalStateException("an in list needs a value");
        }
        this.name = name;
        this.values = values.stream().distinct().toList();
        int n = this.values.size();
        this.size = n == 1 ? 1 : Integer.highestOneBit(n - 1) << 1; // the next power of two
        this.form = form;
    }

    /**
     * Ids for a native statement: padded single parameters up to {@value #LARGEST_PADDED}, one {@code uuid[]} on
     * PostgreSQL or a multi-valued parameter elsewhere above.
     *
     * @param name the parameters' prefix, unique in the statement
     * @param ids the ids, at least one
     * @param postgres whether the database is PostgreSQL
     * @return the list
     */
    static InList ofUuids(String name, Collection<UUID> ids, boolean postgres) {
        Form form = ids.size() <= LARGEST_PADDED ? Form.PADDED : postgres ? Form.ARRAY : Form.EXPANDED;
        return new InList(name, ids, form);
    }

    /** The condition {@code column in (:name0, ...)} (or {@code = any(:name)}, {@code in (:name)}; see {@link #ofUuids}). */
    String in(String column) {
        if (form == Form.ARRAY) {
            return column + " = any(:" + name + ")";
        }
        if (form == Form.EXPANDED) {
            return column + " in (:" + name + ")";
        }
        if (size == 1) {
            // Hibernate takes "in (:p)" for a parameter that may hold a list, and translates the query on every
            // execution: a profile's one-entry catalog lookup was a tenth of its CPU samples.
            return column + " = :" + name + "0";
        }
        StringBuilder sql = new StringBuilder(column).append(" in (");
        for (int i = 0; i < size; i++) {
            sql.append(i == 0 ? ":" : ", :").append(name).append(i);
        }
        return sql.append(')').toString();
    }

    /** Binds the parameters, the padding repeating the last value. */
    <Q extends Query> Q bind(Q query) {
        forEach(query::setParameter);
        return query;
    }

    /** Binds the parameters to a statement being built. */
    SqlQuery bind(SqlQuery sql) {
        forEach(sql::bind);
        return sql;
    }

    private void forEach(java.util.function.BiConsumer<String, Object> bind) {
        switch (form) {
            // A UUID[] binds as one uuid[] (Hibernate's basic array type). Bound as text and cast in the statement,
            // the labels of a board's 5,000 cards took 30 s in a tenant of 200k cards, not 10 ms.
            case ARRAY -> bind.accept(name, values.toArray(UUID[]::new));
            case EXPANDED -> bind.accept(name, values);
            case PADDED -> {
                for (int i = 0; i < size; i++) {
                    bind.accept(name + i, values.get(Math.min(i, values.size() - 1)));
                }
            }
        }
    }
}
