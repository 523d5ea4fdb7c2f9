package dev.crmkit.contact;

import dev.crmkit.common.AccountId;
import dev.crmkit.common.ContactId;
import dev.crmkit.common.Page;
import java.util.List;

/**
 * Contacts of the accounts in the actor's scope, and the contact directory. A
 * contact of an account outside the scope is answered exactly like an unknown one (not found).
 */
public interface Contacts {

    /**
     * Adds a contact to an account.
     *
     * @param command the account and the contact
     * @return the stored contact
     */
    Contact add(AddContact command);

    /**
     * Replaces a contact's details.
     *
     * @param command the contact, its details and the version the caller last saw
     * @return the stored contact
     */
    Contact update(UpdateContact command);

    /**
     * Removes a contact.
     *
     * @param contactId the contact
     */
    void remove(ContactId contactId);

    /**
     * One contact.
     *
     * @param contactId the contact
     * @return the contact
     */
    Contact get(ContactId contactId);

    /**
     * The contacts of an account, sorted by name.
     *
     * @param accountId the account
     * @return the contacts
     */
    List<Contact> ofAccount(AccountId accountId);

    /**
     * Searches the contacts of every account in the actor's scope by name, e-mail and phone (the rules of
     * {@link dev.crmkit.common.SearchText}), sorted by name, a page at a time.
     *
     * @param text the text to look for; blank lists every contact in scope
     * @param cursor the cursor of the previous page, or {@code null} for the first
     * @param limit the page size, 1 to 500
     * @return a page of contacts with their accounts' names
     */
    Page<ContactListing> directory(String text, String cursor, int limit);
}
