package dev.crmkit.pipeline;

import dev.crmkit.common.CardId;
import dev.crmkit.common.EventId;
import dev.crmkit.common.HistoryEntryId;
import dev.crmkit.common.PipelineId;
import dev.crmkit.common.UserId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One changed field in a pipeline's history: who changed which field of the pipeline or of one of its cards,
 * when, from what to what. Append-only: nothing edits or deletes it.
 *
 * <p>Beside the raw values (ids, field paths, {@code "true"}) an entry carries what a person reads: the names the
 * values referred to <em>when the change was made</em> (a stage, label, user or account renamed since keeps its old
 * name here), and, rendered in the reader's language when the history is read, the field's label and the old and
 * new values as words. A host that wants the raw ids reads {@link #field()}, {@link #oldValue()} and
 * {@link #newValue()}; a host that prints the history reads {@link #fieldLabel()}, {@link #oldDisplay()} and
 * {@link #newDisplay()}.
 *
 * @param id its id
 * @param pipelineId the pipeline
 * @param cardId the card, or {@code null} for a change of the pipeline itself
 * @param eventId the domain event that recorded the change
 * @param index the position of this field among the event's changed fields
 * @param actor who changed it, or {@code null} for the host or a rule
 * @param actorName the acting user's name when the change was made, or {@code null}
 * @param at when
 * @param field the field's path ({@code "name"}, {@code "stageId"}, {@code "comments[<id>]"}, ...)
 * @param oldValue the value before, or {@code null}
 * @param newValue the value after, or {@code null}
 * @param oldName the names the old value referred to when the change was made (stage, labels, users, account),
 *     or {@code null} when it refers to nothing named
 * @param newName the names the new value referred to when the change was made, or {@code null}
 * @param fieldLabel the field's name in the reader's language, or {@code null} before the history is read
 * @param oldDisplay the old value as the reader reads it, or {@code null} when there was none
 * @param newDisplay the new value as the reader reads it, or {@code null} when there is none
 */
public record HistoryEntry(
        HistoryEntryId id,
        PipelineId pipelineId,
        CardId cardId,
        EventId eventId,
        int index,
        UserId actor,
        String actorName,
        Instant at,
        String field,
        String oldValue,
        String newValue,
        String oldName,
        String newName,
        String fieldLabel,
        String oldDisplay,
        String newDisplay) {

    /** Checks the mandatory parts. */
    public HistoryEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(pipelineId, "pipelineId");
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(field, "field");
    }

    /**
     * An entry as it is stored: the raw values and the names of the time, not rendered for a reader yet.
     *
     * @param id its id
     * @param pipelineId the pipeline
     * @param cardId the card, or {@code null}
     * @param eventId the domain event
     * @param index the position among the event's changed fields
     * @param actor who changed it, or {@code null}
     * @param actorName the actor's name at the time, or {@code null}
     * @param at when
     * @param field the field's path
     * @param oldValue the value before, or {@code null}
     * @param newValue the value after, or {@code null}
     * @param oldName the names the old value referred to at the time, or {@code null}
     * @param newName the names the new value referred to at the time, or {@code null}
     * @return the entry
     */
    public static HistoryEntry stored(HistoryEntryId id, PipelineId pipelineId, CardId cardId, EventId eventId, int index,
            UserId actor, String actorName, Instant at, String field, String oldValue, String newValue, String oldName,
            String newName) {
        return new HistoryEntry(id, pipelineId, cardId, eventId, index, actor, actorName, at, field, oldValue, newValue,
                oldName, newName, null, null, null);
    }

    /**
     * This entry as a reader reads it.
     *
     * @param label the field's name in the reader's language
     * @param oldWords the old value in words, or {@code null}
     * @param newWords the new value in words, or {@code null}
     * @return the same entry with its display parts
     */
    public HistoryEntry displayed(String label, String oldWords, String newWords) {
        return new HistoryEntry(id, pipelineId, cardId, eventId, index, actor, actorName, at, field, oldValue, newValue,
                oldName, newName, label, oldWords, newWords);
    }

    /**
     * Who changed it.
     *
     * @return the user, empty for the host or a rule
     */
    public Optional<UserId> actingUser() {
        return Optional.ofNullable(actor);
    }
}
