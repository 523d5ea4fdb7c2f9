package dev.crmkit.testkit;

import dev.crmkit.common.TenantId;
import dev.crmkit.event.DomainEvent;
import dev.crmkit.spi.EventPublisher;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * An event publisher that records what it receives and can be told to refuse some events. Thread-safe.
 *
 * <p>A store shared by several tests relays every test's events through whichever {@code Crm} commits, so
 * tests look at their own tenant's events only: {@link #eventsOf(TenantId)}.
 */
public final class RecordingPublisher implements EventPublisher {

    private final List<DomainEvent> received = new ArrayList<>();
    private volatile Predicate<DomainEvent> refuse = event -> false;

    /** Creates a publisher that accepts everything. */
    public RecordingPublisher() {}

    @Override
    public void publish(DomainEvent event) {
        if (refuse.test(event)) {
            throw new PublisherDown("publisher refuses " + event.getClass().getSimpleName());
        }
        synchronized (received) {
            received.add(event);
        }
    }

    /**
     * Makes the publisher throw on the matching events (until changed again).
     *
     * @param matching which events to refuse
     */
    public void refuse(Predicate<DomainEvent> matching) {
        this.refuse = matching;
    }

    /** Makes the publisher accept every event again. */
    public void acceptAll() {
        this.refuse = event -> false;
    }

    /**
     * The events received for a tenant, in the order received.
     *
     * @param tenantId the tenant
     * @return a copy of the events
     */
    public List<DomainEvent> eventsOf(TenantId tenantId) {
        synchronized (received) {
            return received.stream().filter(e -> e.meta().tenantId().equals(tenantId)).toList();
        }
    }

    /**
     * The events of a type received for a tenant.
     *
     * @param tenantId the tenant
     * @param type the event type
     * @param <E> the event type
     * @return the matching events, in the order received
     */
    public <E extends DomainEvent> List<E> eventsOf(TenantId tenantId, Class<E> type) {
        List<E> matching = new ArrayList<>();
        for (DomainEvent event : eventsOf(tenantId)) {
            if (type.isInstance(event)) {
                matching.add(type.cast(event));
            }
        }
        return matching;
    }

    /**
     * Throws a checked exception from code that declares none, as a host's publisher written in another JVM language
     * (or one that uses a "sneaky throw" helper) can.
     *
     * @param checked the exception
     * @return never: the declared type lets a caller write {@code throw sneaky(e)}
     */
    public static RuntimeException sneaky(Exception checked) {
        return RecordingPublisher.<RuntimeException>throwAs(checked);
    }

    @SuppressWarnings("unchecked")
    private static <E extends Throwable> E throwAs(Throwable thrown) throws E {
        throw (E) thrown;
    }

    /** What a refusing publisher throws. */
    public static final class PublisherDown extends RuntimeException {

        PublisherDown(String message) {
            super(message);
        }
    }
}
