package dev.crmkit.spi;

import dev.crmkit.common.EventId;
import java.time.Instant;
import java.util.Objects;

/**
 * A delivery the publisher refused, as the relay records it in the outbox.
 *
 * @param eventId the event
 * @param attempts how many deliveries of the event have failed, this one included
 * @param failedAt when this attempt failed
 * @param nextAttemptAt when the next attempt is due, or {@code null} when the event is parked (at {@code failedAt})
 * @param failure what the publisher threw: class and message, at most {@value #MAX_FAILURE_LENGTH} characters
 */
public record DeliveryFailure(EventId eventId, int attempts, Instant failedAt, Instant nextAttemptAt, String failure) {

    /** The longest failure text an outbox keeps. */
    public static final int MAX_FAILURE_LENGTH = 1000;

    /** Checks the parts are present. */
    public DeliveryFailure {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(failedAt, "failedAt");
        Objects.requireNonNull(failure, "failure");
    }

    /**
     * Whether this failure parks the event.
     *
     * @return whether no attempt follows
     */
    public boolean parks() {
        return nextAttemptAt == null;
    }

    /**
     * Starts a {@link DeliveryFailure}; every other part starts empty
     * ({@code null}, an empty collection, zero).
     *
     * @return a builder
     */
    public static Builder builder() {
        Builder builder = new Builder();
        return builder;
    }

    /**
     * Starts a builder from this {@link DeliveryFailure}: every part as it is here, for the steps to change some.
     *
     * @return a builder holding this record's parts
     */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.eventId = eventId;
        builder.attempts = attempts;
        builder.failedAt = failedAt;
        builder.nextAttemptAt = nextAttemptAt;
        builder.failure = failure;
        return builder;
    }

    /**
     * Builds a {@link DeliveryFailure}, one named step per part. Collection steps take a collection or values, and
     * replace what an earlier step gave.
     */
    public static final class Builder {

        private EventId eventId;
        private int attempts;
        private Instant failedAt;
        private Instant nextAttemptAt;
        private String failure;

        private Builder() {}

        /**
         * @param value the event
         * @return this builder
         */
        public Builder eventId(EventId value) {
            this.eventId = value;
            return this;
        }

        /**
         * @param value how many deliveries of the event have failed, this one included
         * @return this builder
         */
        public Builder attempts(int value) {
            this.attempts = value;
            return this;
        }

        /**
         * @param value when this attempt failed
         * @return this builder
         */
        public Builder failedAt(Instant value) {
            this.failedAt = value;
            return this;
        }

        /**
         * @param value when the next attempt is due, or {@code null} when the event is parked (at {@code failedAt})
         * @return this builder
         */
        public Builder nextAttemptAt(Instant value) {
            this.nextAttemptAt = value;
            return this;
        }

        /**
         * @param value what the publisher threw: class and message, at most {@value #MAX_FAILURE_LENGTH} characters
         * @return this builder
         */
        public Builder failure(String value) {
            this.failure = value;
            return this;
        }

        /** @return the {@link DeliveryFailure} of the steps so far, checked as any other when a use case receives it */
        public DeliveryFailure build() {
            return new DeliveryFailure(eventId, attempts, failedAt, nextAttemptAt, failure);
        }
    }
}
