package dev.crmkit.event;


/** When committed events are handed to the host's {@link dev.crmkit.spi.EventPublisher}. */
public enum EventDelivery {

    /**
     * Right after each unit of work that produced events commits, on the calling thread (or on the thread that is
     * relaying the same tenant's events at that moment, which reads the outbox again before it stops).
     */
    AFTER_COMMIT,

    /**
     * Only when the host asks: {@code crm.events().sweep()} (or {@code Crm.relayEvents()}) for every tenant, or
     * {@code crm.events().relay(tenantId)} for one, typically from its own scheduler.
     */
    MANUAL
}
