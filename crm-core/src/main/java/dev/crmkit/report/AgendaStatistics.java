package dev.crmkit.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

/**
 * The agenda entries created in a date range (in the tenant's zone) on accounts in the reader's scope, counted.
 *
 * @param from the first day
 * @param to the last day
 * @param total how many entries
 * @param byType per type, most first
 * @param byUser per user, most first
 * @param byStatus per status, pending first
 */
public record AgendaStatistics(LocalDate from, LocalDate to, long total, List<StatisticsCount> byType,
        List<StatisticsCount> byUser, List<StatisticsCount> byStatus) {

    /** Copies the lists. */
    public AgendaStatistics {
        byType = List.copyOf(byType);
        byUser = List.copyOf(byUser);
        byStatus = List.copyOf(byStatus);
    }

    /**
     * Starts a {@link AgendaStatistics}; every other part starts empty
     * ({@code null}, an empty collection, zero).
     *
     * @return a builder
     */
    public static Builder builder() {
        Builder builder = new Builder();
        return builder;
    }

    /**
     * Starts a builder from this {@link AgendaStatistics}: every part as it is here, for the steps to change some.
     *
     * @return a builder holding this record's parts
     */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.from = from;
        builder.to = to;
        builder.total = total;
        builder.byType = byType;
        builder.byUser = byUser;
        builder.byStatus = byStatus;
        return builder;
    }

    /**
     * Builds a {@link AgendaStatistics}, one named step per part. Collection steps take a collection or values, and
     * replace what an earlier step gave.
     */
    public static final class Builder {

        private LocalDate from;
        private LocalDate to;
        private long total;
        private List<StatisticsCount> byType = List.of();
        private List<StatisticsCount> byUser = List.of();
        private List<StatisticsCount> byStatus = List.of();

        private Builder() {}

        /**
         * @param value the first day
         * @return this builder
         */
        public Builder from(LocalDate value) {
            this.from = value;
            return this;
        }

        /**
         * @param value the last day
         * @return this builder
         */
        public Builder to(LocalDate value) {
            this.to = value;
            return this;
        }

        /**
         * @param value how many entries
         * @return this builder
         */
        public Builder total(long value) {
            this.total = value;
            return this;
        }

        /**
         * @param values per type, most first
         * @return this builder
         */
        public Builder byType(Collection<? extends StatisticsCount> values) {
            this.byType = values == null ? null : Collections.unmodifiableList(new ArrayList<>(values));
            return this;
        }

        /**
         * @param values per type, most first
         * @return this builder
         */
        public Builder byType(StatisticsCount... values) {
            return byType(values == null ? null : Arrays.asList(values));
        }

        /**
         * @param values per user, most first
         * @return this builder
         */
        public Builder byUser(Collection<? extends StatisticsCount> values) {
            this.byUser = values == null ? null : Collections.unmodifiableList(new ArrayList<>(values));
            return this;
        }

        /**
         * @param values per user, most first
         * @return this builder
         */
        public Builder byUser(StatisticsCount... values) {
            return byUser(values == null ? null : Arrays.asList(values));
        }

        /**
         * @param values per status, pending first
         * @return this builder
         */
        public Builder byStatus(Collection<? extends StatisticsCount> values) {
            this.byStatus = values == null ? null : Collections.unmodifiableList(new ArrayList<>(values));
            return this;
        }

        /**
         * @param values per status, pending first
         * @return this builder
         */
        public Builder byStatus(StatisticsCount... values) {
            return byStatus(values == null ? null : Arrays.asList(values));
        }

        /** @return the {@link AgendaStatistics} of the steps so far, checked as any other when a use case receives it */
        public AgendaStatistics build() {
            return new AgendaStatistics(from, to, total, byType, byUser, byStatus);
        }
    }
}
