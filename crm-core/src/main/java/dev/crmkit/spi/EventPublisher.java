package dev.crmkit.spi;

import dev.crmkit.event.DomainEvent;

/**
 * The host's receiver of domain events, given to {@code Crm.builder().eventPublisher(...)}.
 *
 * <p>It is called only for committed changes, in order per aggregate, at least once: when it throws, the
 * event stays in the outbox and is offered again later (the next commit, or {@code Crm.relayEvents()}), and
 * the aggregate's later events wait behind it. Deduplicate by {@code event.meta().eventId()}.
 */
@FunctionalInterface
public interface EventPublisher {

    /** A publisher that drops every event. */
    EventPublisher NONE = event -> {};

    /**
     * Receives one committed event.
     *
     * @param event the event
     */
    void publish(DomainEvent event);
}
