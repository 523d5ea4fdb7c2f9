package dev.crmkit.report;

import dev.crmkit.common.StageId;

/**
 * One stage's open cards.
 *
 * @param stageId the stage
 * @param name its name
 * @param openCards how many open cards it holds
 * @param stagnant how many of them are stagnant
 * @param averageDaysInStage the mean time its open cards have spent in it since they entered it, in days
 */
public record StageStatistics(StageId stageId, String name, long openCards, long stagnant, double averageDaysInStage) {

    /**
     * Starts a {@link StageStatistics}; every other part starts empty
     * ({@code null}, an empty collection, zero).
     *
     * @return a builder
     */
    public static Builder builder() {
        Builder builder = new Builder();
        return builder;
    }

    /**
     * Starts a builder from this {@link StageStatistics}: every part as it is here, for the steps to change some.
     *
     * @return a builder holding this record's parts
     */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.stageId = stageId;
        builder.name = name;
        builder.openCards = openCards;
        builder.stagnant = stagnant;
        builder.averageDaysInStage = averageDaysInStage;
        return builder;
    }

    /**
     * Builds a {@link StageStatistics}, one named step per part. Collection steps take a collection or values, and
     * replace what an earlier step gave.
     */
    public static final class Builder {

        private StageId stageId;
        private String name;
        private long openCards;
        private long stagnant;
        private double averageDaysInStage;

        private Builder() {}

        /**
         * @param value the stage
         * @return this builder
         */
        public Builder stageId(StageId value) {
            this.stageId = value;
            return this;
        }

        /**
         * @param value its name
         * @return this builder
         */
        public Builder name(String value) {
            this.name = value;
            return this;
        }

        /**
         * @param value how many open cards it holds
         * @return this builder
         */
        public Builder openCards(long value) {
            this.openCards = value;
            return this;
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
         * @param value the mean time its open cards have spent in it since they entered it, in days
         * @return this builder
         */
        public Builder averageDaysInStage(double value) {
            this.averageDaysInStage = value;
            return this;
        }

        /** @return the {@link StageStatistics} of the steps so far, checked as any other when a use case receives it */
        public StageStatistics build() {
            return new StageStatistics(stageId, name, openCards, stagnant, averageDaysInStage);
        }
    }
}
