package dev.crmkit.event;

import java.util.Objects;

/**
 * The aggregate an event belongs to; events of one aggregate are delivered in the order they happened.
 *
 * @param type the aggregate type ({@code "tenant"}, {@code "user"}, {@code "catalog-entry"}, ...)
 * @param id the aggregate's id as text
 */
public record AggregateRef(String type, String id) {

    /** Checks both parts are present. */
    public AggregateRef {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(id, "id");
    }

    @Override
    public String toString() {
        return type + ":" + id;
    }
}
