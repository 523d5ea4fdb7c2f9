package dev.crmkit.internal;

import dev.crmkit.common.EventId;
import dev.crmkit.common.TenantId;
import dev.crmkit.event.AggregateRef;
import dev.crmkit.event.DomainEvent;
import dev.crmkit.event.EventDelivery;
import dev.crmkit.event.EventRetryPolicy;
import dev.crmkit.event.EventSweep;
import dev.crmkit.spi.CrmStore;
import dev.crmkit.spi.DeliveryFailure;
import dev.crmkit.spi.EventPublisher;
import dev.crmkit.spi.OutboxBacklog;
import dev.crmkit.spi.OutboxEntry;
import dev.crmkit.spi.TransactionMode;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands committed events from the store's outbox to the host's publisher, one tenant at a time: in commit order
 * per aggregate, at least once.
 *
 * <p>Each tenant has its own lane: one relay at a time per tenant keeps each aggregate's order, and a tenant whose
 * publisher is slow holds up no other tenant. A commit that finds its tenant's lane busy leaves its events to the
 * thread relaying there, which reads the outbox again before it stops, so no writer waits for another's publisher.
 *
 * <p>When the publisher throws on an event, the event waits for its next attempt (the {@link EventRetryPolicy}),
 * and the later events of its aggregate wait behind it; after the last attempt it is parked. Whatever the
 * publisher throws, the committed use case is reported as committed; only a {@link VirtualMachineError}
 * propagates.
 */
public final class EventRelay {

    private static final Logger LOG = LoggerFactory.getLogger(EventRelay.class);
    private static final int BATCH = 256;

    private final CrmStore store;
    private final EventPublisher publisher;
    private final EventDelivery delivery;
    private final EventRetryPolicy retries;
    private final Clock clock;
    private final ConcurrentHashMap<TenantId, Lane> lanes = new ConcurrentHashMap<>();

    /** A relay from a store's outbox to a publisher. */
    public EventRelay(CrmStore store, EventPublisher publisher, EventDelivery delivery, EventRetryPolicy retries, Clock clock) {
        this.store = store;
        this.publisher = publisher;
        this.delivery = delivery;
        this.retries = retries;
        this.clock = clock;
    }

    /** When this relay runs on its own. */
    public EventDelivery delivery() {
        return delivery;
    }

    /**
     * Called after a unit of work of the tenant that recorded events commits. Never fails the committed use case:
     * a failure is logged, and the events wait in the outbox for the next relay or sweep.
     */
    public void afterCommit(TenantId tenantId) {
        if (delivery != EventDelivery.AFTER_COMMIT) {
            return;
        }
        try {
            relay(tenantId);
        } catch (VirtualMachineError e) {
            throw e;
        } catch (Throwable e) {
            LOG.warn("Committed events of tenant {} could not be relayed now; they stay in the outbox for the next relay"
                    + " or sweep", tenantId, e);
        }
    }

    /**
     * Relays the tenant's due events, unless another thread is relaying them (it then reads the outbox again
     * before it stops, and delivers them).
     *
     * @return what this call delivered
     */
    public Pass relay(TenantId tenantId) {
        Lane lane = lanes.compute(tenantId, (id, existing) -> {
            Lane entered = existing != null ? existing : new Lane();
            entered.users++;
            return entered;
        });
        try {
            lane.pending.set(true);
            if (lane.lock.isHeldByCurrentThread()) {
                // A publisher that called back into the library: the pass running on this thread reads again.
                return Pass.NONE;
            }
            Pass done = Pass.NONE;
            // Whoever holds the lane reads again while commits keep asking; a commit that asks just after the
            // holder's last read finds the lane free once the holder lets go.
            while (lane.pending.get() && lane.lock.tryLock()) {
                try {
                    while (lane.pending.getAndSet(false)) {
                        done = done.plus(pass(tenantId));
                    }
                } finally {
                    lane.lock.unlock();
                }
            }
            return done;
        } finally {
            lanes.computeIfPresent(tenantId, (id, entered) -> --entered.users == 0 ? null : entered);
        }
    }

    /**
     * Relays the due events of every tenant the store's cross-tenant backlog names.
     *
     * @return what the sweep did
     */
    public EventSweep sweep() {
        List<OutboxBacklog> backlog = store.outboxBacklog(clock.instant());
        int tenants = 0;
        Pass done = Pass.NONE;
        long parked = 0;
        for (OutboxBacklog tenant : backlog) {
            parked += tenant.parked();
            if (tenant.due() == 0) {
                continue;
            }
            tenants++;
            try {
                Pass pass = relay(tenant.tenantId());
                done = done.plus(pass);
                parked += pass.parked();
            } catch (RuntimeException e) {
                // One tenant's store failure does not stop the others' delivery; the next sweep tries again.
                LOG.warn("The sweep could not relay the events of tenant {}", tenant.tenantId(), e);
            }
        }
        return new EventSweep(tenants, done.delivered(), done.failed(), parked);
    }

    /** Reads the tenant's due events a batch at a time, hands them over, and records what was delivered or refused. */
    private Pass pass(TenantId tenantId) {
        Pass done = Pass.NONE;
        while (true) {
            Instant now = clock.instant();
            List<OutboxEntry> batch = store.inTransaction(tenantId, TransactionMode.READ_ONLY,
                    uow -> uow.outbox().due(now, BATCH));
            if (batch.isEmpty()) {
                return done;
            }
            Set<AggregateRef> refused = new HashSet<>();
            List<EventId> delivered = new ArrayList<>();
            List<DeliveryFailure> failures = new ArrayList<>();
            for (OutboxEntry entry : batch) {
                DomainEvent event = entry.event();
                if (refused.contains(event.aggregate())) {
                    continue; // behind a refused event of its aggregate, in this batch as in the outbox
                }
                try {
                    publisher.publish(event);
                    delivered.add(event.meta().eventId());
                } catch (VirtualMachineError e) {
                    throw e;
                } catch (Throwable e) {
                    refused.add(event.aggregate());
                    failures.add(failure(entry, e));
                }
            }
            store.inTransaction(tenantId, TransactionMode.READ_WRITE, uow -> {
                if (!delivered.isEmpty()) {
                    uow.outbox().delete(delivered);
                }
                if (!failures.isEmpty()) {
                    uow.outbox().recordFailures(failures);
                }
                return null;
            });
            done = done.plus(new Pass(delivered.size(), failures.size(),
                    (int) failures.stream().filter(DeliveryFailure::parks).count()));
            // A short batch was every due event when it was read: events committed since are relayed by their own
            // commits (or by this lane's next read, when their commit found it busy). A full one may have more
            // behind it; a refused event's aggregate is no longer due, so each read makes progress.
            if (batch.size() < BATCH) {
                return done;
            }
        }
    }

    private DeliveryFailure failure(OutboxEntry entry, Throwable thrown) {
        DomainEvent event = entry.event();
        int attempts = entry.attempts() + 1;
        Instant failedAt = clock.instant();
        Instant next = retries.nextAttempt(attempts, failedAt);
        if (next == null) {
            LOG.error("Event {} of {} is parked after {} failed deliveries; the later events of its aggregate wait until"
                    + " the host retries or discards it (Crm.events())", event.meta().eventId(), event.aggregate(), attempts,
                    thrown);
        } else {
            LOG.warn("The event publisher failed on event {} of {} (attempt {}); next attempt at {}",
                    event.meta().eventId(), event.aggregate(), attempts, next, thrown);
        }
        return new DeliveryFailure(event.meta().eventId(), attempts, failedAt, next, describe(thrown));
    }

    /**
     * What a failure says, as an outbox keeps it: the class and message, shortened, with control characters and
     * unpaired surrogates replaced (a database refuses a NUL, and a host's exception message may hold anything).
     */
    public static String describe(Throwable thrown) {
        String text = thrown.getClass().getName() + (thrown.getMessage() == null ? "" : ": " + thrown.getMessage());
        StringBuilder clean = new StringBuilder(Math.min(text.length(), DeliveryFailure.MAX_FAILURE_LENGTH));
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            int width = Character.charCount(codePoint);
            boolean lone = width == 1 && Character.isSurrogate(text.charAt(i));
            String piece = lone ? "\uFFFD" : Character.isISOControl(codePoint) ? " " : text.substring(i, i + width);
            if (clean.length() + piece.length() > DeliveryFailure.MAX_FAILURE_LENGTH) {
                break;
            }
            clean.append(piece);
            i += width;
        }
        return clean.toString();
    }

    /** One tenant's relay: its lock, whether a commit asked for a read since the last one, and who is in it. */
    private static final class Lane {

        final ReentrantLock lock = new ReentrantLock();
        final AtomicBoolean pending = new AtomicBoolean();
        /** Threads inside {@link #relay} for the tenant; changed only inside the map's compute. */
        int users;
    }

    /**
     * What a relay did.
     *
     * @param delivered events handed over and removed
     * @param failed deliveries refused
     * @param parked events parked by those refusals
     */
    public record Pass(int delivered, int failed, int parked) {

        static final Pass NONE = new Pass(0, 0, 0);

        Pass plus(Pass other) {
            return new Pass(delivered + other.delivered, failed + other.failed, parked + other.parked);
        }
    }
}
