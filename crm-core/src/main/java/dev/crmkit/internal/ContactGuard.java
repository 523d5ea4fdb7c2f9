package dev.crmkit.internal;

import dev.crmkit.common.ContactId;
import dev.crmkit.common.NotFoundException;
import dev.crmkit.contact.Contact;

/** Reaches a contact only through an account in the actor's scope. */
public final class ContactGuard {

    /** The contact, if it exists and its account is in the actor's scope; not found, naming the field, otherwise. */
    public static Contact visible(Context context, ContactId contactId, String field) {
        Contact contact = context.uow.contacts().findById(Context.required(contactId, field))
                .orElseThrow(() -> new NotFoundException("contact", field, contactId));
        AccountGuard.reachableFromRecord(context, contact.accountId(), "contact", field, contactId);
        return contact;
    }

    private ContactGuard() {}
}
