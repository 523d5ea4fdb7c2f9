package dev.crmkit.spring;

import dev.crmkit.event.EventBacklog;
import dev.crmkit.spi.CrmStore;
import dev.crmkit.spi.OutboxBacklog;
import dev.crmkit.spi.OutboxEntry;
import dev.crmkit.spi.TransactionMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * How far the event relay is behind: the events waiting in the store's outbox, how many of them are parked, and the
 * age of the oldest. The sweep's one cross-tenant read finds the tenants that have events; each of those tenants'
 * outbox is then read in a unit of work of its own (its counts and its oldest event), so on a database distributed by
 * tenant every other statement stays on one shard.
 */
final class OutboxProbe {

    private final CrmStore store;
    private final Clock clock;

    OutboxProbe(CrmStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /**
     * The outbox now.
     *
     * @return its backlog, its parked events and the age of its oldest event
     */
    Status status() {
        Instant now = clock.instant();
        long waiting = 0;
        long parked = 0;
        Instant oldest = null;
        for (OutboxBacklog tenant : store.outboxBacklog(now)) {
            Tenant read = store.inTransaction(tenant.tenantId(), TransactionMode.READ_ONLY,
                    uow -> new Tenant(uow.outbox().backlog(), uow.outbox().unpublished(1)));
            waiting += read.backlog().waiting();
            parked += read.backlog().parked();
            for (OutboxEntry entry : read.oldest()) {
                Instant at = entry.event().meta().occurredAt();
                oldest = oldest == null || at.isBefore(oldest) ? at : oldest;
            }
        }
        Duration age = oldest == null ? Duration.ZERO : Duration.between(oldest, now);
        return new Status(waiting, parked, age.isNegative() ? Duration.ZERO : age);
    }

    /** One tenant's outbox: its counts and its oldest event, if any. */
    private record Tenant(EventBacklog backlog, List<OutboxEntry> oldest) {}

    /**
     * The outbox at one instant.
     *
     * @param backlog the events waiting, parked ones included
     * @param parked the parked events (no more automatic attempts: the host must retry or discard them)
     * @param oldestAge how long the oldest has waited, zero when none waits
     */
    record Status(long backlog, long parked, Duration oldestAge) {}
}
