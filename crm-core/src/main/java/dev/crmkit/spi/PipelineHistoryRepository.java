package dev.crmkit.spi;

import dev.crmkit.common.CardId;
import dev.crmkit.common.EventId;
import dev.crmkit.common.PipelineId;
import dev.crmkit.pipeline.HistoryEntry;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** The pipelines' histories of a unit of work's tenant: append-only. */
public interface PipelineHistoryRepository {

    /**
     * Appends entries.
     *
     * @param entries the entries
     */
    void append(List<HistoryEntry> entries);

    /**
     * One page of a pipeline's history (or of one card's), newest first: by instant descending, then event id
     * descending (unsigned), then the entry's index ascending, before a position.
     *
     * @param pipelineId the pipeline
     * @param cardId a card of it to restrict the history to, or {@code null} for the whole pipeline
     * @param before the previous page's last position, or {@code null}
     * @param limit the most entries to return
     * @return the entries, newest first
     */
    List<HistoryEntry> page(PipelineId pipelineId, CardId cardId, HistoryPosition before, int limit);

    /**
     * A keyset position in a history.
     *
     * @param at the last entry's instant
     * @param eventId the last entry's event
     * @param index the last entry's index
     */
    record HistoryPosition(Instant at, EventId eventId, int index) {

        /** Checks the parts are present. */
        public HistoryPosition {
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(eventId, "eventId");
        }
    }
}
