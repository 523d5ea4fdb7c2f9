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

    /**
     * Starts a {@link HistoryEntry}; every other part starts empty
     * ({@code null}, an empty collection, zero).
     *
     * @return a builder
     */
    public static Builder builder() {
        Builder builder = new Builder();
        return builder;
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
        builder.at = at;
        builder.field = field;
        builder.oldValue = oldValue;
        builder.newValue = newValue;
        return builder;
    }

    /**
     * Builds a {@link HistoryEntry}, one named step per part. Collection steps take a collection or values, and
     * replace what an earlier step gave.
     */
    public static final class Builder {

        private HistoryEntryId id;
        private PipelineId pipelineId;
        private CardId cardId;
        private EventId eventId;
        private int index;
        private UserId actor;
        private Instant at;
        private String field;
        private String oldValue;
        private String newValue;

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
         * @param value when
         * @return this builder
         */
        public Builder at(Instant value) {
            this.at = value;
            return this;
        }

        /**
         * @param value the field's path ({@code "name"}, {@code "stageId"}, {@code "comments[<id>]"}, ...)
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

        /** @return the {@link HistoryEntry} of the steps so far, checked as any other when a use case receives it */
        public HistoryEntry build() {
            return new HistoryEntry(id, pipelineId, cardId, eventId, index, actor, at, field, oldValue, newValue);
        }
    }
}
