package dev.crmkit.report;

import dev.crmkit.common.PipelineId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

/**
 * A pipeline's figures as of an instant.
 *
 * @param pipelineId the pipeline
 * @param name its name
 * @param stages its stages, in order
 * @param won cards converted to a customer or to a customer service
 * @param lost cards marked lost
 * @param archived cards archived (neither won nor lost)
 * @param conversionRate won / (won + lost), 0 when neither
 * @param stagnant open cards that are stagnant
 * @param asOf the instant
 */
public record PipelineStatistics(PipelineId pipelineId, String name, List<StageStatistics> stages, long won, long lost,
        long archived, double conversionRate, long stagnant, Instant asOf) {

    /** Copies the stages. */
    public PipelineStatistics {
        stages = List.copyOf(stages);
    }

    /**
     * Starts a {@link PipelineStatistics}; every other part starts empty
     * ({@code null}, an empty collection, zero).
     *
     * @return a builder
     */
    public static Builder builder() {
        Builder builder = new Builder();
        return builder;
    }

    /**
     * Starts a builder from this {@link PipelineStatistics}: every part as it is here, for the steps to change some.
     *
     * @return a builder holding this record's parts
     */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.pipelineId = pipelineId;
        builder.name = name;
        builder.stages = stages;
        builder.won = won;
        builder.lost = lost;
        builder.archived = archived;
        builder.conversionRate = conversionRate;
        builder.stagnant = stagnant;
        builder.asOf = asOf;
        return builder;
    }

    /**
     * Builds a {@link PipelineStatistics}, one named step per part. Collection steps take a collection or values, and
     * replace what an earlier step gave.
     */
    public static final class Builder {

        private PipelineId pipelineId;
        private String name;
        private List<StageStatistics> stages = List.of();
        private long won;
        private long lost;
        private long archived;
        private double conversionRate;
        private long stagnant;
        private Instant asOf;

        private Builder() {}

        /**
         * @param value the pipeline
         * @return this builder
         */
        public Builder pipelineId(PipelineId value) {
            this.pipelineId = value;
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
         * @param values its stages, in order
         * @return this builder
         */
        public Builder stages(Collection<? extends StageStatistics> values) {
            this.stages = values == null ? null : Collections.unmodifiableList(new ArrayList<>(values));
            return this;
        }

        /**
         * @param values its stages, in order
         * @return this builder
         */
        public Builder stages(StageStatistics... values) {
            return stages(values == null ? null : Arrays.asList(values));
        }

        /**
         * @param value cards converted to a customer or to a customer service
         * @return this builder
         */
        public Builder won(long value) {
            this.won = value;
            return this;
        }

        /**
         * @param value cards marked lost
         * @return this builder
         */
        public Builder lost(long value) {
            this.lost = value;
            return this;
        }

        /**
         * @param value cards archived (neither won nor lost)
         * @return this builder
         */
        public Builder archived(long value) {
            this.archived = value;
            return this;
        }

        /**
         * @param value won / (won + lost), 0 when neither
         * @return this builder
         */
        public Builder conversionRate(double value) {
            this.conversionRate = value;
            return this;
        }

        /**
         * @param value open cards that are stagnant
         * @return this builder
         */
        public Builder stagnant(long value) {
            this.stagnant = value;
            return this;
        }

        /**
         * @param value the instant
         * @return this builder
         */
        public Builder asOf(Instant value) {
            this.asOf = value;
            return this;
        }

        /** @return the {@link PipelineStatistics} of the steps so far, checked as any other when a use case receives it */
        public PipelineStatistics build() {
            return new PipelineStatistics(pipelineId, name, stages, won, lost, archived, conversionRate, stagnant, asOf);
        }
    }
}
