package dev.crmkit.inmemory;

import dev.crmkit.common.EventId;
import dev.crmkit.common.TenantId;
import dev.crmkit.event.AggregateRef;
import dev.crmkit.event.DomainEvent;
import dev.crmkit.event.EventBacklog;
import dev.crmkit.spi.DeliveryFailure;
import dev.crmkit.spi.EventOutbox;
import dev.crmkit.spi.OutboxBacklog;
import dev.crmkit.spi.OutboxEntry;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/** The outbox of a unit of work's tenant; every change records its undo in the unit of work. */
final class InMemoryOutbox implements EventOutbox {

    private final InMemoryUnitOfWork uow;

    InMemoryOutbox(InMemoryUnitOfWork uow) {
        this.uow = uow;
    }

    private Rows rows() {
        return uow.data.outbox;
    }

    @Override
    public void append(List<DomainEvent> events) {
        Journal journal = uow.writable();
        Rows rows = rows();
        for (DomainEvent event : events) {
            long seq = rows.nextSeq++;
            rows.put(seq, OutboxEntry.of(event));
            journal.onRollback(() -> rows.remove(seq));
        }
    }

    @Override
    public List<OutboxEntry> due(Instant now, int limit) {
        Set<AggregateRef> held = new HashSet<>();
        for (OutboxEntry entry : rows().bySeq.values()) {
            if (entry.parked() || entry.nextAttemptAt() != null && entry.nextAttemptAt().isAfter(now)) {
                held.add(entry.event().aggregate());
            }
        }
        return select(entry -> !held.contains(entry.event().aggregate()), limit);
    }

    @Override
    public List<OutboxEntry> unpublished(int limit) {
        return select(entry -> true, limit);
    }

    @Override
    public List<OutboxEntry> parked(int limit) {
        return select(OutboxEntry::parked, limit);
    }

    private List<OutboxEntry> select(Predicate<OutboxEntry> matching, int limit) {
        List<OutboxEntry> selected = new ArrayList<>();
        for (OutboxEntry entry : rows().bySeq.values()) {
            if (selected.size() >= limit) {
                break;
            }
            if (matching.test(entry)) {
                selected.add(entry);
            }
        }
        return selected;
    }

    @Override
    public void delete(Collection<EventId> eventIds) {
        replace(eventIds, entry -> true, entry -> null);
    }

    @Override
    public void recordFailures(Collection<DeliveryFailure> failures) {
        Journal journal = uow.writable();
        Rows rows = rows();
        for (DeliveryFailure failure : failures) {
            Long seq = rows.seqOf.get(failure.eventId());
            if (seq == null) {
                continue;
            }
            OutboxEntry before = rows.bySeq.get(seq);
            rows.put(seq, new OutboxEntry(before.event(), failure.attempts(), failure.nextAttemptAt(),
                    failure.parks() ? failure.failedAt() : null, failure.failure()));
            journal.onRollback(() -> rows.put(seq, before));
        }
    }

    @Override
    public EventBacklog backlog() {
        Rows rows = rows();
        long parked = rows.bySeq.values().stream().filter(OutboxEntry::parked).count();
        return new EventBacklog(rows.bySeq.size(), parked);
    }

    @Override
    public Set<EventId> release(Collection<EventId> eventIds) {
        return replace(eventIds, OutboxEntry::parked, parked -> OutboxEntry.of(parked.event()));
    }

    @Override
    public Set<EventId> discard(Collection<EventId> eventIds) {
        return replace(eventIds, OutboxEntry::parked, parked -> null);
    }

    /**
     * Replaces each listed event that matches (removes it, for a null replacement), recording the undo that puts it
     * back at its own place in the order.
     *
     * @return the ids replaced
     */
    private Set<EventId> replace(Collection<EventId> eventIds, Predicate<OutboxEntry> matching,
            UnaryOperator<OutboxEntry> replacement) {
        Journal journal = uow.writable();
        Rows rows = rows();
        Set<EventId> replaced = new LinkedHashSet<>();
        for (EventId id : eventIds) {
            Long seq = rows.seqOf.get(id);
            OutboxEntry before = seq == null ? null : rows.bySeq.get(seq);
            if (before != null && matching.test(before)) {
                OutboxEntry after = replacement.apply(before);
                if (after == null) {
                    rows.remove(seq);
                } else {
                    rows.put(seq, after);
                }
                journal.onRollback(() -> rows.put(seq, before));
                replaced.add(id);
            }
        }
        return replaced;
    }

    /** A tenant's outbox rows in commit order (a sequence number), found by event id. */
    static final class Rows {

        final TreeMap<Long, OutboxEntry> bySeq = new TreeMap<>();
        final Map<EventId, Long> seqOf = new HashMap<>();
        long nextSeq;

        void put(long seq, OutboxEntry entry) {
            bySeq.put(seq, entry);
            seqOf.put(entry.event().meta().eventId(), seq);
        }

        void remove(long seq) {
            OutboxEntry removed = bySeq.remove(seq);
            if (removed != null) {
                seqOf.remove(removed.event().meta().eventId());
            }
        }

        /** How many events are due at an instant (not parked, no attempt after it), and how many are parked. */
        OutboxBacklog backlog(TenantId tenantId, Instant now) {
            long due = 0;
            long parked = 0;
            for (OutboxEntry entry : bySeq.values()) {
                if (entry.parked()) {
                    parked++;
                } else if (entry.nextAttemptAt() == null || !entry.nextAttemptAt().isAfter(now)) {
                    due++;
                }
            }
            return new OutboxBacklog(tenantId, due, parked);
        }
    }
}
