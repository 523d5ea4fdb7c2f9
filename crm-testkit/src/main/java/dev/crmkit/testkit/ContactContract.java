package dev.crmkit.testkit;

import static dev.crmkit.testkit.AccountTestData.anAccount;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.crmkit.access.AccessScope;
import dev.crmkit.account.Account;
import dev.crmkit.common.ConflictException;
import dev.crmkit.common.ContactId;
import dev.crmkit.common.InvalidCommandException;
import dev.crmkit.common.NotFoundException;
import dev.crmkit.common.Page;
import dev.crmkit.common.UserId;
import dev.crmkit.common.Violation;
import dev.crmkit.contact.AddContact;
import dev.crmkit.contact.Contact;
import dev.crmkit.contact.ContactDetails;
import dev.crmkit.contact.ContactListing;
import dev.crmkit.contact.UpdateContact;
import dev.crmkit.event.ContactEvent;
import dev.crmkit.history.TimelineEntry;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Example;

/** Contacts of accounts, and the contact directory across every account in the actor's scope. */
public abstract class ContactContract extends CrmKitSupport {

    @Example
    void givenAnAccount_whenContactsAreAddedChangedAndRemoved_thenItsTimelineShowsEach() {
        TestTenant tenant = newTenant();
        Account account = tenant.admin().accounts().create(anAccount().build()).account();

        Contact contact = tenant.admin().contacts().add(new AddContact(account.id(), new ContactDetails(
                " João Lima ", "Purchasing", List.of("JOAO@acme.com", "joao@acme.com"), List.of("+55 11 3333-0000"), "Prefers e-mail")));
        Contact changed = tenant.admin().contacts().update(new UpdateContact(contact.id(),
                new ContactDetails("João Lima", "Director", List.of("joao@acme.com"), List.of(), null), contact.version()));
        tenant.admin().contacts().remove(contact.id());

        assertThat(contact.details().name()).isEqualTo("João Lima");
        assertThat(contact.details().emails()).containsExactly("joao@acme.com");
        assertThat(changed.details().role()).isEqualTo("Director");
        thrown(NotFoundException.class, () -> tenant.admin().contacts().get(contact.id()));
        List<TimelineEntry> timeline = tenant.admin().accounts().timeline(account.id(), null, 10).items();
        assertThat(timeline).extracting(TimelineEntry::type)
                .containsExactly("ContactRemoved", "ContactUpdated", "ContactAdded", "AccountCreated");
        assertThat(timeline.get(1).changes()).extracting("field").containsExactly("role", "phones", "notes");
    }

    @Example
    void givenAnAccountWithSeveralContacts_whenItIsDeleted_thenTheirRemovalEventsComeInIdOrderOnEveryStore() {
        // Stores return an account's contacts in no particular order; the events of one call must not depend on it
        // (the in-memory store and PostgreSQL once published them in different orders).
        TestTenant tenant = newTenant();
        Account account = tenant.admin().accounts().create(anAccount().build()).account();
        List<ContactId> added = new ArrayList<>();
        for (String name : List.of("Zoe", "Ana", "Maria", "Bruno", "Carla", "Edu")) {
            added.add(tenant.admin().contacts().add(new AddContact(account.id(), new ContactDetails(name, null, null, null, null)))
                    .id());
        }

        // An update writes a new row version on PostgreSQL, which it then returns after the others.
        Contact first = tenant.admin().contacts().get(added.get(0));
        tenant.admin().contacts().update(new UpdateContact(first.id(), new ContactDetails("Zoe", "Owner", null, null, null),
                first.version()));

        tenant.admin().accounts().delete(account.id());

        assertThat(published.eventsOf(tenant.id(), ContactEvent.ContactRemoved.class)).extracting(ContactEvent.ContactRemoved::contactId)
                .containsExactlyElementsOf(added.stream().sorted().toList());
    }

    @Example
    void givenAStaleVersion_whenAContactIsUpdated_thenItConflicts() {
        TestTenant tenant = newTenant();
        Account account = tenant.admin().accounts().create(anAccount().build()).account();
        Contact contact = tenant.admin().contacts().add(new AddContact(account.id(), ContactDetails.named("Ana")));
        tenant.admin().contacts().update(new UpdateContact(contact.id(), ContactDetails.named("Ana Maria"), contact.version()));

        thrown(ConflictException.class, () -> tenant.admin().contacts()
                .update(new UpdateContact(contact.id(), ContactDetails.named("Ana Paula"), contact.version())));

        assertThat(tenant.admin().contacts().get(contact.id()).details().name()).isEqualTo("Ana Maria");
    }

    @Example
    void givenBadDetails_whenAContactIsAdded_thenEachFieldIsNamed() {
        TestTenant tenant = newTenant();
        Account account = tenant.admin().accounts().create(anAccount().build()).account();

        InvalidCommandException e = thrown(InvalidCommandException.class, () -> tenant.admin().contacts().add(new AddContact(
                account.id(), new ContactDetails(" ", null, List.of("ok@acme.com", "not an e-mail"), List.of("12"), null))));

        assertThat(e.violations()).extracting(Violation::path, Violation::code).containsExactly(
                tuple("details.emails[1]", "Email"), tuple("details.name", "NotBlank"), tuple("details.phones[0]", "Phone"));
        assertThat(tenant.admin().contacts().ofAccount(account.id())).isEmpty();
    }

    @Example
    void givenAnAccountOutsideTheScope_whenItsContactsAreTouched_thenTheyAreNotFound() {
        TestTenant tenant = newTenant();
        tenant.addUser("bob", AccessScope.PORTFOLIO);
        Account adminOnly = tenant.admin().accounts().create(anAccount().build()).account();
        Contact contact = tenant.admin().contacts().add(new AddContact(adminOnly.id(), ContactDetails.named("Hidden")));

        assertThat(thrown(NotFoundException.class, () -> tenant.as(UserId.of("bob")).contacts().get(contact.id())).entity())
                .isEqualTo("contact");
        thrown(NotFoundException.class, () -> tenant.as(UserId.of("bob")).contacts()
                .add(new AddContact(adminOnly.id(), ContactDetails.named("Intruder"))));
        thrown(NotFoundException.class, () -> tenant.as(UserId.of("bob")).contacts().remove(contact.id()));

        assertThat(tenant.admin().contacts().ofAccount(adminOnly.id())).containsExactly(contact);
        thrown(NotFoundException.class, () -> tenant.admin().contacts().get(ContactId.newId()));
    }

    @Example
    void givenContactsAcrossAccounts_whenTheDirectoryIsSearched_thenNameEmailAndPhoneMatchWithinTheScope() {
        TestTenant tenant = newTenant();
        var bob = tenant.addUser("bob", AccessScope.PORTFOLIO);
        Account bobs = tenant.admin().accounts().create(anAccount().named("Bob's client").responsibles(bob.id()).build()).account();
        Account others = tenant.admin().accounts().create(anAccount().named("Other client").build()).account();
        tenant.admin().contacts().add(new AddContact(bobs.id(), new ContactDetails("José Álvares", null,
                List.of("jose@bobs.com"), List.of("+55 (11) 98765-4321"), null)));
        tenant.admin().contacts().add(new AddContact(bobs.id(), ContactDetails.named("Maria Jose")));
        tenant.admin().contacts().add(new AddContact(others.id(), new ContactDetails("Jose Hidden", null,
                List.of("jose@others.com"), List.of("+55 11 98765-4321"), null)));

        assertThat(names(tenant.as(bob.id()).contacts().directory("JOSE", null, 10))).containsExactly("José Álvares", "Maria Jose");
        assertThat(names(tenant.admin().contacts().directory("jose", null, 10)))
                .containsExactly("José Álvares", "Jose Hidden", "Maria Jose");
        assertThat(names(tenant.as(bob.id()).contacts().directory("9876-5432", null, 10))).containsExactly("José Álvares");
        assertThat(names(tenant.admin().contacts().directory("others.com", null, 10))).containsExactly("Jose Hidden");
        assertThat(tenant.as(bob.id()).contacts().directory(null, null, 10).items())
                .extracting(ContactListing::accountName).containsOnly("Bob's client");
    }

    @Example
    void givenManyContacts_whenTheDirectoryIsPaged_thenEveryContactComesOnceInNameOrder() {
        TestTenant tenant = newTenant();
        Account account = tenant.admin().accounts().create(anAccount().build()).account();
        List<String> added = new ArrayList<>();
        for (int i = 0; i < 23; i++) {
            String name = "Contact " + (char) ('A' + (i * 7) % 23);
            added.add(name);
            tenant.admin().contacts().add(new AddContact(account.id(), ContactDetails.named(name)));
        }

        List<String> listed = new ArrayList<>();
        Page<ContactListing> page = tenant.admin().contacts().directory("", null, 5);
        listed.addAll(names(page));
        while (page.hasNext()) {
            page = tenant.admin().contacts().directory("", page.nextCursor(), 5);
            listed.addAll(names(page));
        }

        assertThat(listed).containsExactlyElementsOf(added.stream().sorted().toList());
        InvalidCommandException badCursor = thrown(InvalidCommandException.class,
                () -> tenant.admin().contacts().directory(null, "bm90IGEgY3Vyc29y", 5));
        assertThat(badCursor.violations()).extracting(Violation::path, Violation::code).containsExactly(tuple("cursor", "InvalidCursor"));
    }

    private static List<String> names(Page<ContactListing> page) {
        return page.items().stream().map(l -> l.contact().details().name()).toList();
    }
}
