package dev.crmkit.inmemory;

import dev.crmkit.common.CardId;
import dev.crmkit.common.PipelineId;
import dev.crmkit.pipeline.HistoryEntry;
import dev.crmkit.spi.PipelineHistoryRepository;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/** The pipelines' histories of a partition: append-only. */
final class InMemoryPipelineHistory implements PipelineHistoryRepository {

    private final InMemoryUnitOfWork uow;
    private final TenantPartition data;

    InMemoryPipelineHistory(InMemoryUnitOfWork uow) {
        this.uow = uow;
        this.data = uow.data;
    }

    @Override
    public void append(List<HistoryEntry> entries) {
        Journal journal = uow.writable();
        for (HistoryEntry entry : entries) {
            TenantPartition.HistoryKey key = TenantPartition.HistoryKey.of(entry);
            add(data.pipelineHistory, entry.pipelineId(), key, entry, journal);
            if (entry.cardId() != null) {
                add(data.cardHistory, entry.cardId(), key, entry, journal);
            }
        }
    }

    @Override
    public List<HistoryEntry> page(PipelineId pipelineId, CardId cardId, HistoryPosition before, int limit) {
        TreeMap<TenantPartition.HistoryKey, HistoryEntry> line =
                cardId == null ? data.pipelineHistory.get(pipelineId) : data.cardHistory.get(cardId);
        if (line == null) {
            return List.of();
        }
        NavigableMap<TenantPartition.HistoryKey, HistoryEntry> newestFirst = before == null ? line.descendingMap()
                : line.headMap(new TenantPartition.HistoryKey(before.at(), before.eventId(), before.index()), false)
                        .descendingMap();
        List<HistoryEntry> page = new ArrayList<>();
        for (HistoryEntry entry : newestFirst.values()) {
            if (page.size() >= limit) {
                break;
            }
            if (entry.pipelineId().equals(pipelineId)) {
                page.add(entry);
            }
        }
        return page;
    }

    private static <K> void add(Map<K, TreeMap<TenantPartition.HistoryKey, HistoryEntry>> lines, K owner,
            TenantPartition.HistoryKey key, HistoryEntry entry, Journal journal) {
        lines.computeIfAbsent(owner, o -> new TreeMap<>()).put(key, entry);
        journal.onRollback(() -> {
            TreeMap<TenantPartition.HistoryKey, HistoryEntry> line = lines.get(owner);
            if (line != null) {
                line.remove(key);
                if (line.isEmpty()) {
                    lines.remove(owner);
                }
            }
        });
    }
}
