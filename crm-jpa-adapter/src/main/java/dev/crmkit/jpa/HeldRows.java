package dev.crmkit.jpa;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The aggregates of one kind a unit of work read in plain JDBC to change them (under a lock in a read-write unit of
 * work), by id, as they are stored now. Reading a row through Hibernate for a change costs a managed entity (a
 * snapshot, a dirty check at every flush, the update built by Hibernate): for the one row a write changes, that was a
 * good part of the write's own time. A row Hibernate manages all the same (one this unit of work inserted, or a
 * query loaded) goes Hibernate's way and leaves this map, so one row never has two current states.
 *
 * @param <D> the aggregate
 */
final class HeldRows<D> {

    private final JpaUnitOfWork uow;
    private final Class<?> entity;
    private final Map<UUID, D> held = new HashMap<>();

    HeldRows(JpaUnitOfWork uow, Class<?> entity) {
        this.uow = uow;
        this.entity = entity;
    }

    private boolean managed(UUID id) {
        return uow.managed(entity, new Keys.ByUuid(uow.tenant, id)) != null;
    }

    /**
     * An aggregate by its id: through its managed row when Hibernate manages it, the one held when there is one,
     * otherwise read (and held).
     *
     * @param id its id
     * @param throughRow reads it through its managed row
     * @param read reads it in plain JDBC, {@code null} when there is none
     * @return the aggregate
     */
    Optional<D> find(UUID id, Supplier<Optional<D>> throughRow, Supplier<D> read) {
        if (managed(id)) {
            held.remove(id);
            return throughRow.get();
        }
        D aggregate = held.get(id);
        if (aggregate == null) {
            aggregate = read.get();
            if (aggregate != null) {
                held.put(id, aggregate);
            }
        }
        return Optional.ofNullable(aggregate);
    }

    /**
     * @param id an id
     * @return the aggregate held for a change through plain JDBC, or {@code null} when the change must go through its
     *     managed row (Hibernate manages it, or it was never read)
     */
    D forChange(UUID id) {
        D aggregate = held.get(id);
        if (aggregate != null && managed(id)) {
            held.remove(id);
            return null;
        }
        return aggregate;
    }

    /** Holds an aggregate as it is stored now. */
    void hold(UUID id, D aggregate) {
        held.put(id, aggregate);
    }

    /** Forgets an aggregate (it is deleted, or changes through its managed row). */
    void forget(UUID id) {
        held.remove(id);
    }
}
