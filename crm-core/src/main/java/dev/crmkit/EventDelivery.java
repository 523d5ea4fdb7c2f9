package dev.crmkit;

/** When committed events are handed to the host's {@link dev.crmkit.spi.EventPublisher}. */
public enum EventDelivery {

    /** Right after each unit of work that produced events commits, on the calling thread. */
    AFTER_COMMIT,

    /** Only when the host calls {@link Crm#relayEvents()}, typically from its own scheduler. */
    MANUAL
}
