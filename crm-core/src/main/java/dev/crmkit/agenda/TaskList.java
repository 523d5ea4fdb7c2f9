package dev.crmkit.agenda;

import dev.crmkit.common.UserId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;

/**
 * A user's pending entries, overdue first, then today's, then later ones, then the
 * unscheduled; each group by schedule (an any-time entry after the timed ones of its day), then by creation.
 *
 * @param userId whose list it is
 * @param today today in the tenant's time zone
 * @param overdue entries whose time has passed (any-time ones: whose day has ended)
 * @param dueToday entries due later today
 * @param later entries due after today
 * @param unscheduled entries with no schedule
 */
public record TaskList(UserId userId, LocalDate today, List<AgendaEntry> overdue, List<AgendaEntry> dueToday,
        List<AgendaEntry> later, List<AgendaEntry> unscheduled) {

    /** Copies the lists. */
    public TaskList {
        overdue = List.copyOf(overdue);
        dueToday = List.copyOf(dueToday);
        later = List.copyOf(later);
        unscheduled = List.copyOf(unscheduled);
    }

    /** @return every entry of the list, in its order */
    public List<AgendaEntry> all() {
        return Stream.of(overdue, dueToday, later, unscheduled).flatMap(List::stream).toList();
    }

    /**
     * Starts a {@link TaskList}; every other part starts empty
     * ({@code null}, an empty collection).
     *
     * @return a builder
     */
    public static Builder builder() {
        Builder builder = new Builder();
        return builder;
    }

    /**
     * Starts a builder from this {@link TaskList}: every part as it is here, for the steps to change some.
     *
     * @return a builder holding this record's parts
     */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.userId = userId;
        builder.today = today;
        builder.overdue = overdue;
        builder.dueToday = dueToday;
        builder.later = later;
        builder.unscheduled = unscheduled;
        return builder;
    }

    /**
     * Builds a {@link TaskList}, one named step per part. Collection steps take a collection or values, and
     * replace what an earlier step gave.
     */
    public static final class Builder {

        private UserId userId;
        private LocalDate today;
        private List<AgendaEntry> overdue = List.of();
        private List<AgendaEntry> dueToday = List.of();
        private List<AgendaEntry> later = List.of();
        private List<AgendaEntry> unscheduled = List.of();

        private Builder() {}

        /**
         * @param value whose list it is
         * @return this builder
         */
        public Builder userId(UserId value) {
            this.userId = value;
            return this;
        }

        /**
         * @param value today in the tenant's time zone
         * @return this builder
         */
        public Builder today(LocalDate value) {
            this.today = value;
            return this;
        }

        /**
         * @param values entries whose time has passed (any-time ones: whose day has ended)
         * @return this builder
         */
        public Builder overdue(Collection<? extends AgendaEntry> values) {
            this.overdue = values == null ? null : Collections.unmodifiableList(new ArrayList<>(values));
            return this;
        }

        /**
         * @param values entries whose time has passed (any-time ones: whose day has ended)
         * @return this builder
         */
        public Builder overdue(AgendaEntry... values) {
            return overdue(values == null ? null : Arrays.asList(values));
        }

        /**
         * @param values entries due later today
         * @return this builder
         */
        public Builder dueToday(Collection<? extends AgendaEntry> values) {
            this.dueToday = values == null ? null : Collections.unmodifiableList(new ArrayList<>(values));
            return this;
        }

        /**
         * @param values entries due later today
         * @return this builder
         */
        public Builder dueToday(AgendaEntry... values) {
            return dueToday(values == null ? null : Arrays.asList(values));
        }

        /**
         * @param values entries due after today
         * @return this builder
         */
        public Builder later(Collection<? extends AgendaEntry> values) {
            this.later = values == null ? null : Collections.unmodifiableList(new ArrayList<>(values));
            return this;
        }

        /**
         * @param values entries due after today
         * @return this builder
         */
        public Builder later(AgendaEntry... values) {
            return later(values == null ? null : Arrays.asList(values));
        }

        /**
         * @param values entries with no schedule
         * @return this builder
         */
        public Builder unscheduled(Collection<? extends AgendaEntry> values) {
            this.unscheduled = values == null ? null : Collections.unmodifiableList(new ArrayList<>(values));
            return this;
        }

        /**
         * @param values entries with no schedule
         * @return this builder
         */
        public Builder unscheduled(AgendaEntry... values) {
            return unscheduled(values == null ? null : Arrays.asList(values));
        }

        /** @return the {@link TaskList} of the steps so far, checked as any other when a use case receives it */
        public TaskList build() {
            return new TaskList(userId, today, overdue, dueToday, later, unscheduled);
        }
    }
}
