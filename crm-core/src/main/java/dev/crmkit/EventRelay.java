package dev.crmkit;

import dev.crmkit.common.CrmException;
import dev.crmkit.common.EventId;
import dev.crmkit.event.AggregateRef;
import dev.crmkit.event.DomainEvent;
import dev.crmkit.spi.CrmStore;
import dev.crmkit.spi.EventPublisher;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands committed events from the store's outbox to the host's publisher: in commit order, at least once.
 * When the publisher fails on an event, that event and the later events of its aggregate stay in the outbox
 * for the next relay, while other aggregates' events go on.
 */
final class EventRelay {

    private static final Logger LOG = LoggerFactory.getLogger(EventRelay.class);
    private static final int BATCH = 256;

    private final CrmStore store;
    private final EventPublisher publisher;
    private final EventDelivery delivery;
    // One relay at a time per Crm keeps the commit order; a publisher that calls back into the library
    // must not start a nested relay on the same thread (it would hand out the event being published again).
    private final ReentrantLock lock = new ReentrantLock();

    EventRelay(CrmStore store, EventPublisher publisher, EventDelivery delivery) {
        this.store = store;
        this.publisher = publisher;
        this.delivery = delivery;
    }

    /** Called after a unit of work that recorded events commits; never fails the committed use case. */
    void afterCommit() {
        if (delivery != EventDelivery.AFTER_COMMIT || lock.isHeldByCurrentThread()) {
            return;
        }
        try {
            relay();
        } catch (CrmException e) {
            LOG.warn("Committed events could not be relayed now; they stay in the outbox for the next relay", e);
        }
    }

    /**
     * Relays every unpublished event the publisher accepts.
     *
     * @return how many events were handed over
     */
    int relay() {
        if (lock.isHeldByCurrentThread()) {
            return 0;
        }
        lock.lock();
        try {
            int delivered = 0;
            while (true) {
                List<DomainEvent> batch = store.unpublishedEvents(BATCH);
                if (batch.isEmpty()) {
                    return delivered;
                }
                Set<AggregateRef> blocked = new HashSet<>();
                List<EventId> published = new ArrayList<>();
                for (DomainEvent event : batch) {
                    if (blocked.contains(event.aggregate())) {
                        continue;
                    }
                    try {
                        publisher.publish(event);
                        published.add(event.meta().eventId());
                    } catch (RuntimeException e) {
                        LOG.warn("Event publisher failed on {} of {}; it will be offered again", event.meta().eventId(),
                                event.aggregate(), e);
                        blocked.add(event.aggregate());
                    }
                }
                if (!published.isEmpty()) {
                    store.markPublished(published);
                }
                delivered += published.size();
                // A short batch was the whole outbox when it was read: reading again would only find events
                // committed since, and each of those commits relays them itself (waiting for this lock).
                if (!blocked.isEmpty() || batch.size() < BATCH) {
                    return delivered;
                }
            }
        } finally {
            lock.unlock();
        }
    }
}
