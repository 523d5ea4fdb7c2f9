package dev.crmkit.history;

import dev.crmkit.common.EventId;
import dev.crmkit.common.FieldChange;
import dev.crmkit.common.UserId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * One line of an account's timeline.
 *
 * @param eventId the event it records (the same id the event publisher saw)
 * @param occurredAt when it happened
 * @param actor who did it, or {@code null} for the host or a rule
 * @param actorName the acting user's name when it happened, or {@code null}
 * @param type the event's type ({@code "AccountClassified"}, {@code "ContactAdded"}, ...)
 * @param summary what happened, in the reader's language
 * @param changes the fields that changed, old and new values; empty for events that change no field
 * @param lines the same changes in the reader's words, the raw values beside them
 */
public record TimelineEntry(EventId eventId, Instant occurredAt, UserId actor, String actorName, String type,
        String summary, List<FieldChange> changes, List<ChangeLine> lines) {

    /** Copies the changes. */
    public TimelineEntry {
        changes = List.copyOf(changes);
        lines = List.copyOf(lines);
    }

    /**
     * Who did it.
     *
     * @return the user, empty for the host or a rule
     */
    public Optional<UserId> actingUser() {
        return Optional.ofNullable(actor);
    }

    /**
     * Starts a {@link TimelineEntry}; every other part starts empty
     * ({@code null}, an empty collection).
     *
     * @return a builder
     */
    public static Builder builder() {
        Builder builder = new Builder();
        return builder;
    }

    /**
     * Starts a builder from this {@link TimelineEntry}: every part as it is here, for the steps to change some.
     *
     * @return a builder holding this record's parts
     */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.eventId = eventId;
        builder.occurredAt = occurredAt;
        builder.actor = actor;
        builder.actorName = actorName;
        builder.type = type;
        builder.summary = summary;
        builder.changes = changes;
        builder.lines = lines;
        return builder;
    }

    /**
     * Builds a {@link TimelineEntry}, one named step per part. Collection steps take a collection or values, and
     * replace what an earlier step gave.
     */
    public static final class Builder {

        private EventId eventId;
        private Instant occurredAt;
        private UserId actor;
        private String actorName;
        private String type;
        private String summary;
        private List<FieldChange> changes = List.of();
        private List<ChangeLine> lines = List.of();

        private Builder() {}

        /**
         * @param value the event it records (the same id the event publisher saw)
         * @return this builder
         */
        public Builder eventId(EventId value) {
            this.eventId = value;
            return this;
        }

        /**
         * @param value when it happened
         * @return this builder
         */
        public Builder occurredAt(Instant value) {
            this.occurredAt = value;
            return this;
        }

        /**
         * @param value who did it, or {@code null} for the host or a rule
         * @return this builder
         */
        public Builder actor(UserId value) {
            this.actor = value;
            return this;
        }

        /**
         * @param value the event's type ({@code "AccountClassified"}, {@code "ContactAdded"}, ...)
         * @return this builder
         */
        public Builder type(String value) {
            this.type = value;
            return this;
        }

        /**
         * @param value what happened, in the reader's language
         * @return this builder
         */
        public Builder summary(String value) {
            this.summary = value;
            return this;
        }

        /**
         * @param values the fields that changed, old and new values; empty for events that change no field
         * @return this builder
         */
        public Builder changes(Collection<? extends FieldChange> values) {
            this.changes = values == null ? null : Collections.unmodifiableList(new ArrayList<>(values));
            return this;
        }

        /**
         * @param values the fields that changed, old and new values; empty for events that change no field
         * @return this builder
         */
        public Builder changes(FieldChange... values) {
            return changes(values == null ? null : Arrays.asList(values));
        }

        /**
         * @param value the acting user's name when it happened, or {@code null}
         * @return this builder
         */
        public Builder actorName(String value) {
            this.actorName = value;
            return this;
        }

        /**
         * @param values the changes in the reader's words, the raw values beside them
         * @return this builder
         */
        public Builder lines(Collection<? extends ChangeLine> values) {
            this.lines = values == null ? null : Collections.unmodifiableList(new ArrayList<>(values));
            return this;
        }

        /**
         * @param values the changes in the reader's words, the raw values beside them
         * @return this builder
         */
        public Builder lines(ChangeLine... values) {
            return lines(values == null ? null : Arrays.asList(values));
        }

        /** @return the {@link TimelineEntry} of the steps so far, checked as any other when a use case receives it */
        public TimelineEntry build() {
            return new TimelineEntry(eventId, occurredAt, actor, actorName, type, summary, changes, lines);
        }
    }
}
