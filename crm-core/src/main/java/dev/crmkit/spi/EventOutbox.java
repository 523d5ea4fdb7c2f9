package dev.crmkit.spi;

import dev.crmkit.event.DomainEvent;
import java.util.List;

/**
 * Where a unit of work writes its events. They commit with the unit of work (or vanish with its rollback),
 * and {@link CrmStore#unpublishedEvents(int)} returns them afterwards, in order.
 */
public interface EventOutbox {

    /**
     * Appends events, in the order they happened.
     *
     * @param events the events
     */
    void append(List<DomainEvent> events);
}
