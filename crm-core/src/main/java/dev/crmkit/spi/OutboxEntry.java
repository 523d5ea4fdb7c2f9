package dev.crmkit.spi;

import dev.crmkit.event.DomainEvent;
import java.time.Instant;
import java.util.Objects;

/**
 * An event in the outbox, with its delivery state.
 *
 * @param event the event
 * @param attempts how many deliveries failed (0 for an event never offered, or offered and not yet refused)
 * @param nextAttemptAt when the next attempt is due after a failure, or {@code null} (due now, or parked)
 * @param parkedAt when the event was parked, or {@code null} while the relay still offers it
 * @param failure what the last failed attempt threw (class and message, shortened), or {@code null}
 */
public record OutboxEntry(DomainEvent event, int attempts, Instant nextAttemptAt, Instant parkedAt, String failure) {

    /** Checks the event is present. */
    public OutboxEntry {
        Objects.requireNonNull(event, "event");
    }

    /**
     * An event that was never refused.
     *
     * @param event the event
     * @return the entry
     */
    public static OutboxEntry of(DomainEvent event) {
        return new OutboxEntry(event, 0, null, null, null);
    }

    /**
     * Whether the relay stopped offering the event.
     *
     * @return whether it is parked
     */
    public boolean parked() {
        return parkedAt != null;
    }

    /**
     * Starts a {@link OutboxEntry}; every other part starts empty
     * ({@code null}, an empty collection, zero).
     *
     * @return a builder
     */
    public static Builder builder() {
        Builder builder = new Builder();
        return builder;
    }

    /**
     * Starts a builder from this {@link OutboxEntry}: every part as it is here, for the steps to change some.
     *
     * @return a builder holding this record's parts
     */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.event = event;
        builder.attempts = attempts;
        builder.nextAttemptAt = nextAttemptAt;
        builder.parkedAt = parkedAt;
        builder.failure = failure;
        return builder;
    }

    /**
     * Builds a {@link OutboxEntry}, one named step per part. Collection steps take a collection or values, and
     * replace what an earlier step gave.
     */
    public static final class Builder {

        private DomainEvent event;
        private int attempts;
        private Instant nextAttemptAt;
        private Instant parkedAt;
        private String failure;

        private Builder() {}

        /**
         * @param value the event
         * @return this builder
         */
        public Builder event(DomainEvent value) {
            this.event = value;
            return this;
        }

        /**
         * @param value how many deliveries failed (0 for an event never offered, or offered and not yet refused)
         * @return this builder
         */
        public Builder attempts(int value) {
            this.attempts = value;
            return this;
        }

        /**
         * @param value when the next attempt is due after a failure, or {@code null} (due now, or parked)
         * @return this builder
         */
        public Builder nextAttemptAt(Instant value) {
            this.nextAttemptAt = value;
            return this;
        }

        /**
         * @param value when the event was parked, or {@code null} while the relay still offers it
         * @return this builder
         */
        public Builder parkedAt(Instant value) {
            this.parkedAt = value;
            return this;
        }

        /**
         * @param value what the last failed attempt threw (class and message, shortened), or {@code null}
         * @return this builder
         */
        public Builder failure(String value) {
            this.failure = value;
            return this;
        }

        /** @return the {@link OutboxEntry} of the steps so far, checked as any other when a use case receives it */
        public OutboxEntry build() {
            return new OutboxEntry(event, attempts, nextAttemptAt, parkedAt, failure);
        }
    }
}
