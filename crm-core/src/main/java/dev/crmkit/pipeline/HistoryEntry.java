package dev.crmkit.pipeline;

import dev.crmkit.common.CardId;
import dev.crmkit.common.EventId;
import dev.crmkit.common.HistoryEntryId;
import dev.crmkit.common.PipelineId;
import dev.crmkit.common.UserId;
import java.time.Instant;
import java.util.Objects;

/**
 * One changed field in a pipeline's history: who changed which field of the pipeline or
 * of one of its cards, when, from what to what. Append-only: nothing edits or deletes it.
 *
 * @param id its id
 * @param pipelineId the pipeline
 * @param cardId the card, or {@code null} for a change of the pipeline itself
 * @param eventId the domain event that recorded the change
 * @param index the position of this field among the event's changed fields
 * @param actor who changed it, or {@code null} for the host or a rule
 * @param at when
 * @param field the field's path ({@code "name"}, {@code "stageId"}, {@code "comments[<id>]"}, ...)
 * @param oldValue the value before, or {@code null}
 * @param newValue the value after, or {@code null}
 */
public record HistoryEntry(
        HistoryEntryId id,
        PipelineId pipelineId,
        CardId cardId,
        EventId eventId,
        int index,
        UserId actor,
        Instant at,
        String field,
        String oldValue,
        String newValue) {

    /** Checks the mandatory parts. */
    public HistoryEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(pipelineId, "pipelineId");
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(field, "field");
    }
}
