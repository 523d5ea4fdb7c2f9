package dev.crmkit.pipeline;

import dev.crmkit.common.Money;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

/**
 * One stage of a board: its first page of cards and what the whole stage holds under the board's filters.
 *
 * @param stage the stage
 * @param cards the first page of its cards
 * @param total how many cards it holds under the filters
 * @param sums the sum of their values, one per currency, by currency code
 * @param stagnant how many of them are stagnant
 * @param nextCursor the cursor of the next page of this stage, or {@code null}
 */
public record StageColumn(Stage stage, List<CardSummary> cards, long total, List<Money> sums, long stagnant, String nextCursor) {

    /** Copies the lists. */
    public StageColumn {
        cards = List.copyOf(cards);
        sums = List.copyOf(sums);
    }

    /**
     * Starts a {@link StageColumn}; every other part starts empty
     * ({@code null}, an empty collection, zero).
     *
     * @return a builder
     */
    public static Builder builder() {
        Builder builder = new Builder();
        return builder;
    }

    /**
     * Starts a builder from this {@link StageColumn}: every part as it is here, for the steps to change some.
     *
     * @return a builder holding this record's parts
     */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.stage = stage;
        builder.cards = cards;
        builder.total = total;
        builder.sums = sums;
        builder.stagnant = stagnant;
        builder.nextCursor = nextCursor;
        return builder;
    }

    /**
     * Builds a {@link StageColumn}, one named step per part. Collection steps take a collection or values, and
     * replace what an earlier step gave.
     */
    public static final class Builder {

        private Stage stage;
        private List<CardSummary> cards = List.of();
        private long total;
        private List<Money> sums = List.of();
        private long stagnant;
        private String nextCursor;

        private Builder() {}

        /**
         * @param value the stage
         * @return this builder
         */
        public Builder stage(Stage value) {
            this.stage = value;
            return this;
        }

        /**
         * @param values the first page of its cards
         * @return this builder
         */
        public Builder cards(Collection<? extends CardSummary> values) {
            this.cards = values == null ? null : Collections.unmodifiableList(new ArrayList<>(values));
            return this;
        }

        /**
         * @param values the first page of its cards
         * @return this builder
         */
        public Builder cards(CardSummary... values) {
            return cards(values == null ? null : Arrays.asList(values));
        }

        /**
         * @param value how many cards it holds under the filters
         * @return this builder
         */
        public Builder total(long value) {
            this.total = value;
            return this;
        }

        /**
         * @param values the sum of their values, one per currency, by currency code
         * @return this builder
         */
        public Builder sums(Collection<? extends Money> values) {
            this.sums = values == null ? null : Collections.unmodifiableList(new ArrayList<>(values));
            return this;
        }

        /**
         * @param values the sum of their values, one per currency, by currency code
         * @return this builder
         */
        public Builder sums(Money... values) {
            return sums(values == null ? null : Arrays.asList(values));
        }

        /**
         * @param value how many of them are stagnant
         * @return this builder
         */
        public Builder stagnant(long value) {
            this.stagnant = value;
            return this;
        }

        /**
         * @param value the cursor of the next page of this stage, or {@code null}
         * @return this builder
         */
        public Builder nextCursor(String value) {
            this.nextCursor = value;
            return this;
        }

        /** @return the {@link StageColumn} of the steps so far, checked as any other when a use case receives it */
        public StageColumn build() {
            return new StageColumn(stage, cards, total, sums, stagnant, nextCursor);
        }
    }
}
