package dev.crmkit.message;

import dev.crmkit.common.AccountId;
import dev.crmkit.common.ContactId;
import dev.crmkit.common.DocumentId;
import dev.crmkit.common.MessageId;
import dev.crmkit.common.UserId;
import dev.crmkit.common.Version;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A message of the archive as it was logged: to or from an account, or one of its contacts.
 *
 * @param id the id
 * @param accountId the account
 * @param contactId the contact of that account, or {@code null} for the account itself
 * @param direction inbound or outbound
 * @param channel e-mail, call, SMS or WhatsApp, letter
 * @param subject the subject, or {@code null} (calls and short messages may have none)
 * @param body the text (a call's notes)
 * @param occurredAt when it was sent, received or held
 * @param loggedBy the user who logged it
 * @param loggedAt when it was logged
 * @param externalId the host's id of the message, unique in the tenant, or {@code null}
 * @param attachments documents of the same account attached to it
 * @param archived whether it was archived (left out of the listings unless asked)
 * @param version the version, raised by each change
 */
public record Message(MessageId id, AccountId accountId, ContactId contactId, MessageDirection direction,
        MessageChannel channel, String subject, String body, Instant occurredAt, UserId loggedBy, Instant loggedAt,
        String externalId, List<DocumentId> attachments, boolean archived, Version version) {

    /** Checks the required parts and copies the attachments. */
    public Message {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(loggedBy, "loggedBy");
        Objects.requireNonNull(loggedAt, "loggedAt");
        Objects.requireNonNull(version, "version");
        attachments = List.copyOf(attachments);
    }

    /**
     * Starts a message (stores rebuild what they read with it).
     *
     * @param id the id
     * @param accountId the account
     * @return the builder
     */
    public static Builder builder(MessageId id, AccountId accountId) {
        return new Builder(id, accountId);
    }

    /**
     * This message archived or taken out of the archive, one version later.
     *
     * @param value whether archived
     * @return the message
     */
    Message withArchived(boolean value) {
        return new Message(id, accountId, contactId, direction, channel, subject, body, occurredAt, loggedBy, loggedAt,
                externalId, attachments, value, version.next());
    }

    /** Builds a {@link Message}. */
    public static final class Builder {

        private final MessageId id;
        private final AccountId accountId;
        private ContactId contactId;
        private MessageDirection direction;
        private MessageChannel channel;
        private String subject;
        private String body;
        private Instant occurredAt;
        private UserId loggedBy;
        private Instant loggedAt;
        private String externalId;
        private List<DocumentId> attachments = List.of();
        private boolean archived;
        private Version version = Version.FIRST;

        private Builder(MessageId id, AccountId accountId) {
            this.id = id;
            this.accountId = accountId;
        }

        /**
         * @param value the contact, or {@code null}
         * @return this builder
         */
        public Builder contactId(ContactId value) {
            this.contactId = value;
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
         * @param value the channel
         * @return this builder
         */
        public Builder channel(MessageChannel value) {
            this.channel = value;
            return this;
        }

        /**
         * @param value the subject, or {@code null}
         * @return this builder
         */
        public Builder subject(String value) {
            this.subject = value;
            return this;
        }

        /**
         * @param value the text
         * @return this builder
         */
        public Builder body(String value) {
            this.body = value;
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
         * @param value who logged it
         * @return this builder
         */
        public Builder loggedBy(UserId value) {
            this.loggedBy = value;
            return this;
        }

        /**
         * @param value when it was logged
         * @return this builder
         */
        public Builder loggedAt(Instant value) {
            this.loggedAt = value;
            return this;
        }

        /**
         * @param value the host's id, or {@code null}
         * @return this builder
         */
        public Builder externalId(String value) {
            this.externalId = value;
            return this;
        }

        /**
         * @param value the attached documents
         * @return this builder
         */
        public Builder attachments(List<DocumentId> value) {
            this.attachments = value;
            return this;
        }

        /**
         * @param value whether archived
         * @return this builder
         */
        public Builder archived(boolean value) {
            this.archived = value;
            return this;
        }

        /**
         * @param value the version
         * @return this builder
         */
        public Builder version(Version value) {
            this.version = value;
            return this;
        }

        /** @return the message */
        public Message build() {
            return new Message(id, accountId, contactId, direction, channel, subject, body, occurredAt, loggedBy,
                    loggedAt, externalId, attachments, archived, version);
        }
    }
}
