package dev.crmkit.spi;

import dev.crmkit.access.AccountAccess;
import dev.crmkit.common.AccountId;
import dev.crmkit.common.ContactId;
import dev.crmkit.common.SearchText;
import dev.crmkit.contact.Contact;
import dev.crmkit.contact.ContactListing;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The contacts of a unit of work's tenant. */
public interface ContactRepository {

    /**
     * @param id the contact
     * @return the contact, if the tenant has it
     */
    Optional<Contact> findById(ContactId id);

    /**
     * Many contacts at once: a listing that names the contact of each of its rows looks them up with one call. The
     * default asks {@link #findById} once per id; a database adapter answers with one statement.
     *
     * @param ids the contacts
     * @return those the tenant has, in no particular order
     */
    default List<Contact> findByIds(Collection<ContactId> ids) {
        return ids.stream().distinct().map(this::findById).flatMap(Optional::stream).toList();
    }

    /**
     * @param accountId an account
     * @return its contacts, in no particular order
     */
    List<Contact> findByAccount(AccountId accountId);

    /**
     * One page of the contact directory: the contacts whose account the access predicate admits and that match
     * the text ({@link SearchText.Query#matches} over {@link Contact#searchText()} and
     * {@link Contact#searchDigits()}), sorted by {@link Contact#nameKey()} then id (unsigned), after a position.
     *
     * @param access the actor's access predicate, applied to each contact's account
     * @param text the text query, or {@code null} for every contact
     * @param after the previous page's last position, or {@code null}
     * @param limit the most contacts to return
     * @return the contacts with their accounts' legal names, in order
     */
    List<ContactListing> directory(AccountAccess access, SearchText.Query text, ContactPosition after, int limit);

    /**
     * @param contact a new contact at {@code Version.UNSAVED}
     * @return the contact at {@code Version.FIRST}
     */
    Contact insert(Contact contact);

    /**
     * @param contact the contact, at the version it was loaded with
     * @return the contact at the next version
     */
    Contact update(Contact contact);

    /**
     * @param contact the contact, at the version it was loaded with
     */
    void delete(Contact contact);

    /**
     * Deletes every contact of an account.
     *
     * @param accountId the account
     * @return the deleted contacts
     */
    List<Contact> deleteByAccount(AccountId accountId);

    /**
     * A keyset position in the directory.
     *
     * @param nameKey the last contact's name key
     * @param id the last contact's id
     */
    record ContactPosition(String nameKey, ContactId id) {

        /** Checks both parts are present. */
        public ContactPosition {
            Objects.requireNonNull(nameKey, "nameKey");
            Objects.requireNonNull(id, "id");
        }
    }
}
