package dev.crmkit.contact;

import dev.crmkit.common.AccountId;
import dev.crmkit.common.ConflictException;
import dev.crmkit.common.ContactId;
import dev.crmkit.common.InvalidCommandException;
import dev.crmkit.common.NotFoundException;
import dev.crmkit.common.Page;
import dev.crmkit.common.SearchText;
import dev.crmkit.event.ContactEvent;
import dev.crmkit.internal.AccountGuard;
import dev.crmkit.internal.Caller;
import dev.crmkit.internal.ContactGuard;
import dev.crmkit.internal.Context;
import dev.crmkit.internal.InputCheck;
import dev.crmkit.internal.UseCases;
import dev.crmkit.spi.ContactRepository.ContactPosition;
import java.util.Comparator;
import java.util.List;

/** {@link Contacts} for one actor. */
final class ContactService implements Contacts {

    private static final int MAX_SEARCH = 200;

    private final UseCases useCases;
    private final Caller actor;

    ContactService(UseCases useCases, Caller actor) {
        this.useCases = useCases;
        this.actor = actor;
    }

    @Override
    public Contact add(AddContact command) {
        return useCases.write(actor, command, context -> {
            AccountGuard.visible(context, command.accountId(), "accountId");
            Contact contact = context.uow.contacts().insert(
                    Contact.create(command.accountId(), command.details(), context.user.id(), context.now));
            context.record(new ContactEvent.ContactAdded(
                    context.meta(), contact.id(), contact.accountId(), contact.details().name()));
            return contact;
        });
    }

    @Override
    public Contact update(UpdateContact command) {
        return useCases.write(actor, command, context -> {
            Contact current = visible(context, command.contactId());
            if (!current.version().equals(command.expectedVersion())) {
                throw ConflictException.staleVersion("contact", current.id(), command.expectedVersion(), current.version());
            }
            var changed = current.update(command.details(), context.now);
            if (!changed.changed()) {
                return current;
            }
            Contact stored = context.uow.contacts().update(changed.value());
            context.record(new ContactEvent.ContactUpdated(
                    context.meta(), stored.id(), stored.accountId(), stored.details().name(), changed.changes()));
            return stored;
        });
    }

    @Override
    public void remove(ContactId contactId) {
        useCases.write(actor, context -> {
            Contact contact = visible(context, contactId);
            context.uow.contacts().delete(contact);
            context.record(new ContactEvent.ContactRemoved(
                    context.meta(), contact.id(), contact.accountId(), contact.details().name()));
            return null;
        });
    }

    @Override
    public Contact get(ContactId contactId) {
        return useCases.read(actor, context -> visible(context, contactId));
    }

    @Override
    public List<Contact> ofAccount(AccountId accountId) {
        return useCases.read(actor, context -> {
            AccountGuard.visible(context, accountId, "accountId");
            return context.uow.contacts().findByAccount(accountId).stream()
                    .sorted(Comparator.comparing(Contact::nameKey).thenComparing(Contact::id))
                    .toList();
        });
    }

    @Override
    public Page<ContactListing> directory(String text, String cursor, int limit) {
        return useCases.read(actor, context -> {
            InvalidCommandException.Builder problems = InvalidCommandException.builder("directory");
            InputCheck.text(text, "text", 0, MAX_SEARCH, problems);
            if (limit < 1 || limit > 500) {
                problems.add("limit", "Range", 1, 500);
            }
            problems.throwIfAny();
            ContactPosition after = cursor == null ? null : useCases.cursors().contact(context.uow.tenantId(), cursor);
            List<ContactListing> found = context.uow.contacts()
                    .directory(context.access(), SearchText.Query.of(text), after, limit + 1);
            boolean more = found.size() > limit;
            List<ContactListing> page = more ? found.subList(0, limit) : found;
            String next = null;
            if (more) {
                Contact last = page.get(page.size() - 1).contact();
                next = useCases.cursors().contact(
                        context.uow.tenantId(), new ContactPosition(last.nameKey(), last.id()));
            }
            return new Page<>(page, next, null);
        });
    }

    private static Contact visible(Context context, ContactId contactId) {
        return ContactGuard.visible(context, contactId, "contactId");
    }

}
