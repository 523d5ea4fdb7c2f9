package dev.crmkit.jpa;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import org.hibernate.Interceptor;

/**
 * The rows a unit of work persists, known to Hibernate as new although they carry their version already.
 *
 * <p>The core decides versions ({@code Version.FIRST} on insert), and the column holds exactly the domain's
 * number. Hibernate, though, takes an assigned-id row with a non-null {@code @Version} for a detached one; this
 * interceptor tells it the truth for the rows the unit of work just created.
 */
final class FreshRows implements Interceptor {

    private final Set<Object> rows = Collections.newSetFromMap(new IdentityHashMap<>());

    /** Marks a row as new, before it is persisted. */
    <E> E add(E row) {
        rows.add(row);
        return row;
    }

    @Override
    public Boolean isTransient(Object entity) {
        return rows.contains(entity) ? Boolean.TRUE : null;
    }
}
