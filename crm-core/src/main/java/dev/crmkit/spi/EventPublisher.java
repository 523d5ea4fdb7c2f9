package dev.crmkit.spi;

import dev.crmkit.event.DomainEvent;

/**
 * The host's receiver of domain events, given to {@code Crm.builder().eventPublisher(...)}.
 *
 * <p>It is called only for committed changes, in order per aggregate, at least once: when it throws, the
 * event stays in the outbox and is offered again after a backoff (the next relay of its tenant after that, or the
 * host's scheduled {@code Crm.events().sweep()}), and the aggregate's later events wait behind it; after the retry
 * policy's last attempt the event is parked until the host retries or discards it. Whatever it throws, the use case
 * that committed succeeds. Deduplicate by {@code event.meta().eventId()}.
 *
 * <p>Each tenant's events are handed over by one thread at a time, so a publisher that is slow for one tenant holds
 * up that tenant's events only.
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
