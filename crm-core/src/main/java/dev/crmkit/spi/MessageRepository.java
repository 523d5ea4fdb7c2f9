package dev.crmkit.spi;

import dev.crmkit.access.AccountAccess;
import dev.crmkit.common.AccountId;
import dev.crmkit.common.MessageId;
import dev.crmkit.common.Version;
import dev.crmkit.message.Message;
import dev.crmkit.message.MessageChannel;
import dev.crmkit.message.MessageDirection;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The archive of messages of the unit of work's tenant. */
public interface MessageRepository {

    /**
     * Stores a new message unless one with the same external id is already stored (then it stores nothing, and the
     * unit of work can go on: a concurrent delivery of the same message is not an error).
     *
     * @param message the message
     * @return {@code true} when stored, {@code false} when its external id was taken
     */
    boolean insert(Message message);

    /**
     * Saves a message's archived flag and version.
     *
     * @param message the message, its version already raised
     * @param expected the version read
     * @throws dev.crmkit.common.ConflictException when the stored version is no longer the one read
     */
    void update(Message message, Version expected);

    /**
     * A message.
     *
     * @param id the id
     * @return the message, or empty
     */
    Optional<Message> findById(MessageId id);

    /**
     * The message with a host's external id.
     *
     * @param externalId the external id
     * @return the message, or empty
     */
    Optional<Message> findByExternalId(String externalId);

    /**
     * A page of messages, newest first (by time, then id, both descending).
     *
     * @param criteria the filters and the actor's access
     * @param after the last message of the previous page, or {@code null}
     * @param limit the most messages to return
     * @return the messages
     */
    List<Message> page(MessageCriteria criteria, MessagePosition after, int limit);

    /**
     * Removes an account's messages, with the account.
     *
     * @param accountId the account
     */
    void deleteByAccount(AccountId accountId);

    /**
     * A search as the adapter receives it.
     *
     * @param folded the folded text (see {@link dev.crmkit.common.Text#fold}) the subject or body must contain, or {@code null}
     * @param channel the channel, or {@code null}
     * @param direction the direction, or {@code null}
     * @param accountId the account, or {@code null}
     * @param from the first instant (inclusive), or {@code null}
     * @param to the instant after the last, or {@code null}
     * @param includeArchived whether archived messages are included
     * @param access the actor's access to accounts
     */
    record MessageCriteria(String folded, MessageChannel channel, MessageDirection direction, AccountId accountId,
            Instant from, Instant to, boolean includeArchived, AccountAccess access) {

        /** Checks the access is present. */
        public MessageCriteria {
            Objects.requireNonNull(access, "access");
        }

        /**
         * Starts criteria.
         *
         * @param access the actor's access
         * @return the builder
         */
        public static Builder builder(AccountAccess access) {
            return new Builder(access);
        }

        /**
         * Whether a message passes the filters (not the access, which needs its account).
         *
         * @param message the message
         * @return {@code true} when it passes
         */
        public boolean matchesFilters(Message message) {
            return (includeArchived || !message.archived())
                    && (channel == null || message.channel() == channel)
                    && (direction == null || message.direction() == direction)
                    && (accountId == null || message.accountId().equals(accountId))
                    && (from == null || !message.occurredAt().isBefore(from))
                    && (to == null || message.occurredAt().isBefore(to))
                    && (folded == null || searchText(message).contains(folded));
        }

        /**
         * The folded text a search looks into: subject and body.
         *
         * @param message the message
         * @return the text
         */
        public static String searchText(Message message) {
            return dev.crmkit.common.SearchText.textDocument(java.util.Arrays.asList(message.subject(), message.body()));
        }

        /** Builds {@link MessageCriteria}. */
        public static final class Builder {
            private final AccountAccess access;
            private String folded;
            private MessageChannel channel;
            private MessageDirection direction;
            private AccountId accountId;
            private Instant from;
            private Instant to;
            private boolean includeArchived;

            private Builder(AccountAccess access) {
                this.access = access;
            }

            /**
             * @param value the folded text
             * @return this builder
             */
            public Builder folded(String value) {
                this.folded = value;
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
            public Builder accountId(AccountId value) {
                this.accountId = value;
                return this;
            }

            /**
             * @param fromInclusive the first instant
             * @param toExclusive the instant after the last
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

            /** @return the criteria */
            public MessageCriteria build() {
                return new MessageCriteria(folded, channel, direction, accountId, from, to, includeArchived, access);
            }
        }
    }

    /**
     * Where a page ended.
     *
     * @param occurredAt the last message's time
     * @param id the last message's id
     */
    record MessagePosition(Instant occurredAt, MessageId id) {

        /** Checks both parts are present. */
        public MessagePosition {
            Objects.requireNonNull(occurredAt, "occurredAt");
            Objects.requireNonNull(id, "id");
        }
    }
}
