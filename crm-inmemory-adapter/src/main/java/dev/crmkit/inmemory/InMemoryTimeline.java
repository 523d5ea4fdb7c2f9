package dev.crmkit.inmemory;

import dev.crmkit.common.AccountId;
import dev.crmkit.common.EventId;
import dev.crmkit.spi.TimelineRecord;
import dev.crmkit.spi.TimelineRepository;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.NavigableMap;
import java.util.TreeMap;

/** The account timelines of a partition. */
final class InMemoryTimeline implements TimelineRepository {

    private final InMemoryUnitOfWork uow;
    private final TenantPartition data;

    InMemoryTimeline(InMemoryUnitOfWork uow) {
        this.uow = uow;
        this.data = uow.data;
    }

    @Override
    public void append(List<TimelineRecord> records) {
        Journal journal = uow.writable();
        for (TimelineRecord record : records) {
            SortKey<Instant, EventId> key = keyOf(record);
            TreeMap<SortKey<Instant, EventId>, TimelineRecord> line =
                    data.timelines.computeIfAbsent(record.accountId(), a -> new TreeMap<>());
            line.put(key, record);
            journal.onRollback(() -> {
                TreeMap<SortKey<Instant, EventId>, TimelineRecord> current = data.timelines.get(record.accountId());
                if (current != null) {
                    current.remove(key);
                    if (current.isEmpty()) {
                        data.timelines.remove(record.accountId());
                    }
                }
            });
        }
    }

    @Override
    public List<TimelineRecord> page(AccountId accountId, TimelinePosition before, int limit) {
        TreeMap<SortKey<Instant, EventId>, TimelineRecord> line = data.timelines.get(accountId);
        if (line == null) {
            return List.of();
        }
        NavigableMap<SortKey<Instant, EventId>, TimelineRecord> newestFirst = before == null
                ? line.descendingMap()
                : line.headMap(new SortKey<>(before.occurredAt(), before.eventId()), false).descendingMap();
        List<TimelineRecord> page = new ArrayList<>(Math.min(limit, line.size()));
        for (TimelineRecord record : newestFirst.values()) {
            if (page.size() >= limit) {
                break;
            }
            page.add(record);
        }
        return page;
    }

    @Override
    public void deleteByAccount(AccountId accountId) {
        Journal journal = uow.writable();
        TreeMap<SortKey<Instant, EventId>, TimelineRecord> removed = data.timelines.remove(accountId);
        if (removed != null) {
            journal.onRollback(() -> data.timelines.put(accountId, removed));
        }
    }

    private static SortKey<Instant, EventId> keyOf(TimelineRecord record) {
        return new SortKey<>(record.event().meta().occurredAt(), record.event().meta().eventId());
    }
}
