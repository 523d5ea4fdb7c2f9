package dev.crmkit.message;

import dev.crmkit.common.AccountId;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/**
 * A search of the archive of messages, newest first. Every part is optional; archived messages are left out
 * unless asked.
 *
 * @param text words in the subject or body, case and accents ignored, or {@code null}
 * @param channel only this channel, or {@code null}
 * @param direction only this direction, or {@code null}
 * @param accountId only this account's messages, or {@code null}
 * @param from only messages that occurred at or after this instant, or {@code null}
 * @param to only messages that occurred before this instant, or {@code null}
 * @param includeArchived whether archived messages are included
 * @param cursor the previous page's cursor, or {@code null} for the first page
 * @param limit the page's size (1 to 200)
 */
public record MessageSearch(@Size(max = 200) String text, MessageChannel channel, MessageDirection direction,
        AccountId accountId, Instant from, Instant to, boolean includeArchived, @Size(max = 2_000) String cursor,
        @Min(1) @Max(200) int limit) {

    /** The page size when none is given. */
    public static final int DEFAULT_LIMIT = 50;

    /**
     * Starts a search of every message in the actor's scope.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link MessageSearch}. */
    public static final class Builder {

        private String text;
        private MessageChannel channel;
        private MessageDirection direction;
        private AccountId accountId;
        private Instant from;
        private Instant to;
        private boolean includeArchived;
        private String cursor;
        private int limit = DEFAULT_LIMIT;

        private Builder() {}

        /**
         * @param value words in the subject or body
         * @return this builder
         */
        public Builder text(String value) {
            this.text = value;
            return this;
        }

        /**
         * @param value the channel
         * @return this builder
         */
        public Builder channel(MessageChannel value) {
            this.channel = value;
            return this;
        }

        /**
         * @param value the direction
         * @return this builder
         */
        public Builder direction(MessageDirection value) {
            this.direction = value;
            return this;
        }

        /**
         * @param value the account
         * @return this builder
         */
        public Builder account(AccountId value) {
            this.accountId = value;
            return this;
        }

        /**
         * @param fromInclusive the first instant, or {@code null}
         * @param toExclusive the instant after the last, or {@code null}
         * @return this builder
         */
        public Builder between(Instant fromInclusive, Instant toExclusive) {
            this.from = fromInclusive;
            this.to = toExclusive;
            return this;
        }

        /**
         * @param value whether archived messages are included
         * @return this builder
         */
        public Builder includeArchived(boolean value) {
            this.includeArchived = value;
            return this;
        }

        /**
         * @param value the previous page's cursor
         * @return this builder
         */
        public Builder cursor(String value) {
            this.cursor = value;
            return this;
        }

        /**
         * @param value the page's size
         * @return this builder
         */
        public Builder limit(int value) {
            this.limit = value;
            return this;
        }

        /** @return the search */
        public MessageSearch build() {
            return new MessageSearch(text, channel, direction, accountId, from, to, includeArchived, cursor, limit);
        }
    }
}
