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

    /**
     * Starts a {@link HistoryEntry}; every part starts empty ({@code null}, zero).
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Starts a builder from this {@link HistoryEntry}: every part as it is here, for the steps to change some.
     *
     * @return a builder holding this record's parts
     */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.id = id;
        builder.pipelineId = pipelineId;
        builder.cardId = cardId;
        builder.eventId = eventId;
        builder.index = index;
        builder.actor = actor;
        builder.actorName = actorName;
        builder.at = at;
        builder.field = field;
        builder.oldValue = oldValue;
        builder.newValue = newValue;
        builder.oldName = oldName;
        builder.newName = newName;
        builder.fieldLabel = fieldLabel;
        builder.oldDisplay = oldDisplay;
        builder.newDisplay = newDisplay;
        return builder;
    }

    /** Builds a {@link HistoryEntry}, one named step per part. */
    public static final class Builder {

        private HistoryEntryId id;
        private PipelineId pipelineId;
        private CardId cardId;
        private EventId eventId;
        private int index;
        private UserId actor;
        private String actorName;
        private Instant at;
        private String field;
        private String oldValue;
        private String newValue;
        private String oldName;
        private String newName;
        private String fieldLabel;
        private String oldDisplay;
        private String newDisplay;

        private Builder() {}

        /**
         * @param value its id
         * @return this builder
         */
        public Builder id(HistoryEntryId value) {
            this.id = value;
            return this;
        }

        /**
         * @param value the pipeline
         * @return this builder
         */
        public Builder pipelineId(PipelineId value) {
            this.pipelineId = value;
            return this;
        }

        /**
         * @param value the card, or {@code null} for a change of the pipeline itself
         * @return this builder
         */
        public Builder cardId(CardId value) {
            this.cardId = value;
            return this;
        }

        /**
         * @param value the domain event that recorded the change
         * @return this builder
         */
        public Builder eventId(EventId value) {
            this.eventId = value;
            return this;
        }

        /**
         * @param value the position of this field among the event's changed fields
         * @return this builder
         */
        public Builder index(int value) {
            this.index = value;
            return this;
        }

        /**
         * @param value who changed it, or {@code null} for the host or a rule
         * @return this builder
         */
        public Builder actor(UserId value) {
            this.actor = value;
            return this;
        }

        /**
         * @param value the acting user's name when the change was made, or {@code null}
         * @return this builder
         */
        public Builder actorName(String value) {
            this.actorName = value;
            return this;
        }

        /**
         * @param value when
         * @return this builder
         */
        public Builder at(Instant value) {
            this.at = value;
            return this;
        }

        /**
         * @param value the field's path
         * @return this builder
         */
        public Builder field(String value) {
            this.field = value;
            return this;
        }

        /**
         * @param value the value before, or {@code null}
         * @return this builder
         */
        public Builder oldValue(String value) {
            this.oldValue = value;
            return this;
        }

        /**
         * @param value the value after, or {@code null}
         * @return this builder
         */
        public Builder newValue(String value) {
            this.newValue = value;
            return this;
        }

        /**
         * @param value the names the old value referred to at the time, or {@code null}
         * @return this builder
         */
        public Builder oldName(String value) {
            this.oldName = value;
            return this;
        }

        /**
         * @param value the names the new value referred to at the time, or {@code null}
         * @return this builder
         */
        public Builder newName(String value) {
            this.newName = value;
            return this;
        }

        /**
         * @param value the field's name in the reader's language, or {@code null}
         * @return this builder
         */
        public Builder fieldLabel(String value) {
            this.fieldLabel = value;
            return this;
        }

        /**
         * @param value the old value as the reader reads it, or {@code null}
         * @return this builder
         */
        public Builder oldDisplay(String value) {
            this.oldDisplay = value;
            return this;
        }

        /**
         * @param value the new value as the reader reads it, or {@code null}
         * @return this builder
         */
        public Builder newDisplay(String value) {
            this.newDisplay = value;
            return this;
        }

        /** @return the {@link HistoryEntry} of the steps so far */
        public HistoryEntry build() {
            return new HistoryEntry(id, pipelineId, cardId, eventId, index, actor, actorName, at, field, oldValue, newValue, oldName, newName, fieldLabel, oldDisplay, newDisplay);
        }
    }
}
