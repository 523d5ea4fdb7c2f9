package dev.crmkit.event;

import dev.crmkit.common.AccountId;
import dev.crmkit.common.ContactId;
import dev.crmkit.common.MessageId;
import dev.crmkit.message.MessageChannel;
import dev.crmkit.message.MessageDirection;
import java.util.Set;

/** Events of the archive of messages; each shows on its account's timeline. */
public sealed interface MessageEvent extends DomainEvent, TimelineEvent {

    /** @return the message */
    MessageId messageId();

    /** @return its account */
    AccountId accountId();

    @Override
    default AggregateRef aggregate() {
        return new AggregateRef("message", messageId().toString());
    }

    @Override
    default Set<AccountId> timelineAccounts() {
        return Set.of(accountId());
    }

    /**
     * A message was logged.
     *
     * @param meta the metadata
     * @param messageId the message
     * @param accountId its account
     * @param contactId its contact, or {@code null}
     * @param direction inbound or outbound
     * @param channel the channel
     * @param subject the subject, or {@code null}
     */
    record MessageLogged(EventMeta meta, MessageId messageId, AccountId accountId, ContactId contactId,
            MessageDirection direction, MessageChannel channel, String subject) implements MessageEvent {}

    /**
     * A message was archived: listings leave it out unless asked.
     *
     * @param meta the metadata
     * @param messageId the message
     * @param accountId its account
     * @param subject its subject, or {@code null}
     */
    record MessageArchived(EventMeta meta, MessageId messageId, AccountId accountId, String subject)
            implements MessageEvent {}

    /**
     * A message was taken out of the archive.
     *
     * @param meta the metadata
     * @param messageId the message
     * @param accountId its account
     * @param subject its subject, or {@code null}
     */
    record MessageUnarchived(EventMeta meta, MessageId messageId, AccountId accountId, String subject)
            implements MessageEvent {}
}
