package dev.crmkit.inmemory;

import dev.crmkit.access.AccountAccess;
import dev.crmkit.account.Account;
import dev.crmkit.common.AccountId;
import dev.crmkit.common.ContactId;
import dev.crmkit.common.SearchText;
import dev.crmkit.common.UserId;
import dev.crmkit.contact.Contact;
import dev.crmkit.contact.ContactListing;
import dev.crmkit.spi.ContactRepository;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * The contacts of a partition. The directory narrows by the text's trigrams or by the accounts in the
 * actor's scope when either is smaller than the whole, and otherwise walks the contacts by name.
 */
final class InMemoryContacts implements ContactRepository {

    private static final Comparator<Contact> BY_NAME = Comparator.comparing(Contact::nameKey).thenComparing(Contact::id);

    private final InMemoryUnitOfWork uow;
    private final TenantPartition data;

    InMemoryContacts(InMemoryUnitOfWork uow) {
        this.uow = uow;
        this.data = uow.data;
    }

    @Override
    public Optional<Contact> findById(ContactId id) {
        return data.contacts.get(id);
    }

    @Override
    public List<Contact> findByAccount(AccountId accountId) {
        return data.contacts.find(data.contactsByAccount, accountId);
    }

    @Override
    public List<ContactListing> directory(AccountAccess access, SearchText.Query text, ContactPosition after, int limit) {
        List<Postings<ContactId>> sources = new ArrayList<>();
        if (text != null && text.folded().length() >= 3) {
            Postings<ContactId> byText = Postings.allOf(data.contactsByTextTrigram, Trigrams.of(text.folded()));
            sources.add(text.digits() == null ? byText
                    : byText.or(Postings.allOf(data.contactsByDigitTrigram, Trigrams.of(text.digits()))));
        }
        scope(access).ifPresent(sources::add);
        Postings<ContactId> smallest = sources.stream().min(Comparator.comparingLong(Postings::estimate)).orElse(null);
        if (smallest == null || smallest.estimate() > data.contacts.size() / 4) {
            return walk(access, text, after, limit);
        }
        PriorityQueue<Contact> best = new PriorityQueue<>(limit + 1, BY_NAME.reversed());
        for (ContactId id : smallest.ids().get()) {
            Contact contact = data.contacts.get(id).orElse(null);
            if (contact != null && isAfter(contact, after) && listed(contact, access, text) != null) {
                best.add(contact);
                if (best.size() > limit) {
                    best.poll();
                }
            }
        }
        List<Contact> page = new ArrayList<>(best);
        page.sort(BY_NAME);
        return page.stream().map(c -> listed(c, access, text)).toList();
    }

    /** The contacts of the accounts a restricted scope admits. */
    private Optional<Postings<ContactId>> scope(AccountAccess access) {
        Collection<UserId> responsibles;
        if (access instanceof AccountAccess.ResponsibleIs portfolio) {
            responsibles = List.of(portfolio.user());
        } else if (access instanceof AccountAccess.ResponsibleInTeam team) {
            responsibles = data.usersByTeam.ids(team.team());
        } else {
            return Optional.empty();
        }
        Set<AccountId> accounts = new HashSet<>();
        for (UserId responsible : responsibles) {
            accounts.addAll(data.accountsByResponsible.ids(responsible));
        }
        return Optional.of(Postings.anyOf(data.contactsByAccount, accounts));
    }

    private List<ContactListing> walk(AccountAccess access, SearchText.Query text, ContactPosition after, int limit) {
        NavigableMap<SortKey<String, ContactId>, Contact> from = after == null ? data.contactsByName
                : data.contactsByName.tailMap(new SortKey<>(after.nameKey(), after.id()), false);
        List<ContactListing> page = new ArrayList<>();
        for (Contact contact : from.values()) {
            ContactListing listing = listed(contact, access, text);
            if (listing != null) {
                page.add(listing);
                if (page.size() >= limit) {
                    break;
                }
            }
        }
        return page;
    }

    /** The contact's listing if its account is in scope and it matches the text, else {@code null}. */
    private ContactListing listed(Contact contact, AccountAccess access, SearchText.Query text) {
        Account account = data.accounts.get(contact.accountId()).orElse(null);
        if (account == null || !access.admits(account.responsibles(), data::teamOf)) {
            return null;
        }
        if (text != null && !text.matches(contact.searchText(), contact.searchDigits())) {
            return null;
        }
        return new ContactListing(contact, account.details().legalName());
    }

    private static boolean isAfter(Contact contact, ContactPosition after) {
        if (after == null) {
            return true;
        }
        int byName = contact.nameKey().compareTo(after.nameKey());
        return byName > 0 || (byName == 0 && contact.id().compareTo(after.id()) > 0);
    }

    @Override
    public Contact insert(Contact contact) {
        return uow.insert(data.contacts, contact::withVersion);
    }

    @Override
    public Contact update(Contact contact) {
        return uow.update(data.contacts, "contact", contact.id(), contact.version(), Contact::version, contact::withVersion);
    }

    @Override
    public void delete(Contact contact) {
        uow.delete(data.contacts, "contact", contact.id(), contact.version(), Contact::version);
    }

    @Override
    public List<Contact> deleteByAccount(AccountId accountId) {
        Journal journal = uow.writable();
        List<Contact> removed = findByAccount(accountId);
        for (Contact contact : removed) {
            data.contacts.delete(contact.id(), journal);
        }
        return removed;
    }
}
