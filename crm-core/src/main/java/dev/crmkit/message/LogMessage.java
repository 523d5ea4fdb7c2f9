package dev.crmkit.message;

import dev.crmkit.common.AccountId;
import dev.crmkit.common.ContactId;
import dev.crmkit.common.DocumentId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;

/**
 * Logs a message of an account or one of its contacts. A message whose external id is already stored is not logged
 * again: the stored one is answered (a host delivering the same message twice stores it once).
 *
 * @param accountId the account
 * @param contactId one of the account's contacts, or {@code null} for the account itself
 * @param direction inbound or outbound
 * @param channel the channel
 * @param subject the subject; required for e-mails and letters, optional for calls and short messages
 * @param body the text (a call's notes)
 * @param occurredAt when it was sent, received or held
 * @param externalId the host's id of the message, or {@code null}
 * @param attachments documents of the same account to attach (at most 20, no repeats)
 */
public record LogMessage(@NotNull AccountId accountId, ContactId contactId, @NotNull MessageDirection direction,
        @NotNull MessageChannel channel, @Size(max = 300) String subject, @NotBlank @Size(max = 20_000) String body,
        @NotNull Instant occurredAt, @Size(min = 1, max = 200) String externalId,
        @NotNull @Size(max = 20) List<@NotNull DocumentId> attachments) {

    /** Copies the attachments; none when {@code null}. */
    public LogMessage {
        attachments = attachments == null ? List.of() : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(attachments));
    }

    /**
     * Starts a message of an account.
     *
     * @param accountId the account
     * @param direction inbound or outbound
     * @param channel the channel
     * @return the builder
     */
    public static Builder builder(AccountId accountId, MessageDirection direction, MessageChannel channel) {
        return new Builder(accountId, direction, channel);
    }

    /** Builds a {@link LogMessage}. */
    public static final class Builder {

        private final AccountId accountId;
        private final MessageDirection direction;
        private final MessageChannel channel;
        private ContactId contactId;
        private String subject;
        private String body;
        private Instant occurredAt;
        private String externalId;
        private List<DocumentId> attachments = List.of();

        private Builder(AccountId accountId, MessageDirection direction, MessageChannel channel) {
            this.accountId = accountId;
            this.direction = direction;
            this.channel = channel;
        }

        /**
         * @param value one of the account's contacts
         * @return this builder
         */
        public Builder contact(ContactId value) {
            this.contactId = value;
            return this;
        }

        /**
         * @param value the subject
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
         * @param value when it was sent, received or held
         * @return this builder
         */
        public Builder occurredAt(Instant value) {
            this.occurredAt = value;
            return this;
        }

        /**
         * @param value the host's id of the message
         * @return this builder
         */
        public Builder externalId(String value) {
            this.externalId = value;
            return this;
        }

        /**
         * @param value documents of the same account
         * @return this builder
         */
        public Builder attachments(List<DocumentId> value) {
            this.attachments = value;
            return this;
        }

        /** @return the command */
        public LogMessage build() {
            return new LogMessage(accountId, contactId, direction, channel, subject, body, occurredAt, externalId, attachments);
        }
    }
}
