package dev.crmkit.event;

import dev.crmkit.common.AccountId;
import dev.crmkit.common.ContactId;
import dev.crmkit.common.FieldChange;
import java.util.List;
import java.util.Set;

/** Events of a contact; they show on its account's timeline. */
public sealed interface ContactEvent extends DomainEvent, TimelineEvent {

    /** @return the contact */
    ContactId contactId();

    /** @return the contact's account */
    AccountId accountId();

    @Override
    default AggregateRef aggregate() {
        return new AggregateRef("contact", contactId().toString());
    }

    @Override
    default Set<AccountId> timelineAccounts() {
        return Set.of(accountId());
    }

    /**
     * A contact was added.
     *
     * @param meta the metadata
     * @param contactId the contact
     * @param accountId its account
     * @param name its name
     */
    record ContactAdded(EventMeta meta, ContactId contactId, AccountId accountId, String name) implements ContactEvent {}

    /**
     * A contact's details changed.
     *
     * @param meta the metadata
     * @param contactId the contact
     * @param accountId its account
     * @param name its name after the change
     * @param changes the changed fields
     */
    record ContactUpdated(EventMeta meta, ContactId contactId, AccountId accountId, String name, List<FieldChange> changes)
            implements ContactEvent {

        /** Copies the changes. */
        public ContactUpdated {
            changes = List.copyOf(changes);
        }
    }

    /**
     * A contact was removed.
     *
     * @param meta the metadata
     * @param contactId the contact
     * @param accountId its account
     * @param name the name it had
     */
    record ContactRemoved(EventMeta meta, ContactId contactId, AccountId accountId, String name) implements ContactEvent {}
}
