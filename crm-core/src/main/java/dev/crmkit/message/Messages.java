package dev.crmkit.message;

import dev.crmkit.common.AccountId;
import dev.crmkit.common.MessageId;
import dev.crmkit.common.Page;

/**
 * The archive of messages: e-mails, calls, SMS or WhatsApp messages and letters exchanged with accounts and their
 * contacts, within the actor's account scope. A message outside it is answered as unknown.
 */
public interface Messages {

    /**
     * Logs a message. When its external id is already stored in the tenant, nothing is stored or raised and the
     * stored message is answered. Attachments must be documents of the same account.
     *
     * @param command the message
     * @return the message logged, or the one stored earlier with the same external id
     */
    Message log(LogMessage command);

    /**
     * A message.
     *
     * @param messageId the message
     * @return the message
     */
    Message get(MessageId messageId);

    /**
     * An account's messages, newest first.
     *
     * @param accountId the account
     * @param includeArchived whether archived messages are included
     * @param cursor the previous page's cursor, or {@code null} for the first page
     * @param limit the page's size (1 to 200)
     * @return the page
     */
    Page<Message> ofAccount(AccountId accountId, boolean includeArchived, String cursor, int limit);

    /**
     * Searches the messages of the accounts the actor sees, newest first. An account filter outside the actor's scope
     * is answered as an unknown account.
     *
     * @param search the search
     * @return the page
     */
    Page<Message> search(MessageSearch search);

    /**
     * Archives a message or takes it out of the archive; asking for the state it already has changes nothing.
     *
     * @param command the message and version read, and the state wanted
     * @return the message
     */
    Message archive(ArchiveMessage command);
}
