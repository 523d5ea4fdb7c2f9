package dev.crmkit.testkit;

import static dev.crmkit.testkit.AccountTestData.anAccount;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.crmkit.CrmSession;
import dev.crmkit.access.AccessScope;
import dev.crmkit.account.Account;
import dev.crmkit.account.AccountProfile;
import dev.crmkit.account.ClassifyAccount;
import dev.crmkit.account.Classification;
import dev.crmkit.account.MarkInterest;
import dev.crmkit.account.InterestKind;
import dev.crmkit.catalog.CatalogKind;
import dev.crmkit.catalog.CreateRelationshipType;
import dev.crmkit.common.CatalogEntryId;
import dev.crmkit.common.InvalidCommandException;
import dev.crmkit.common.Page;
import dev.crmkit.common.Violation;
import dev.crmkit.contact.AddContact;
import dev.crmkit.contact.ContactDetails;
import dev.crmkit.history.TimelineEntry;
import dev.crmkit.relationship.CreateRelationship;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Example;

/** The account timeline: every change in order, newest first, paged with a cursor, in the reader's language. */
public abstract class TimelineContract extends CrmKitSupport {

    @Example
    void givenManyChanges_whenTheTimelineIsPaged_thenEveryEntryComesOnceNewestFirst() {
        TestTenant tenant = newTenant();
        Account account = tenant.admin().accounts().create(anAccount().build()).account();
        Classification[] cycle = {Classification.PROSPECT, Classification.CUSTOMER, Classification.LEAD};
        for (int i = 0; i < 30; i++) {
            if (i % 3 == 0) {
                clock.advance(Duration.ofMinutes(1));
            }
            tenant.admin().accounts().classify(new ClassifyAccount(account.id(), cycle[i % 3], null));
        }

        List<TimelineEntry> all = new ArrayList<>();
        Page<TimelineEntry> page = tenant.admin().accounts().timeline(account.id(), null, 7);
        all.addAll(page.items());
        while (page.hasNext()) {
            page = tenant.admin().accounts().timeline(account.id(), page.nextCursor(), 7);
            all.addAll(page.items());
        }

        assertThat(all).hasSize(31);
        assertThat(all.get(30).type()).isEqualTo("AccountCreated");
        assertThat(all).extracting(TimelineEntry::eventId).doesNotHaveDuplicates();
        for (int i = 1; i < all.size(); i++) {
            assertThat(all.get(i).occurredAt()).isBeforeOrEqualTo(all.get(i - 1).occurredAt());
        }
        AccountProfile profile = tenant.admin().accounts().profile(account.id());
        assertThat(profile.timeline().items()).containsExactlyElementsOf(all.subList(0, 20));
        assertThat(profile.timeline().hasNext()).isTrue();
    }

    @Example
    void givenARelationshipToAnAccountOutsideTheReadersScope_whenTheTimelineIsRead_thenThatAccountGoesUnnamed() {
        TestTenant tenant = newTenant();
        CrmSession admin = tenant.admin();
        var ana = tenant.addUser("ana", AccessScope.PORTFOLIO);
        var bob = tenant.addUser("bob", AccessScope.PORTFOLIO);
        CatalogEntryId partner = admin.catalogs().createRelationshipType(new CreateRelationshipType("Partner of", "Partner of",
                false)).id();
        Account anas = admin.accounts().create(anAccount().named("Ana's Account").responsibles(ana.id()).build()).account();
        Account bobs = admin.accounts().create(anAccount().named("Bob's Secret Account").responsibles(bob.id()).build()).account();
        admin.relationships().create(new CreateRelationship(anas.id(), bobs.id(), partner, null));

        List<TimelineEntry> asAna = tenant.as(ana.id()).accounts().timeline(anas.id(), null, 10).items();
        AccountProfile profile = tenant.as(ana.id()).accounts().profile(anas.id());
        List<TimelineEntry> asAdmin = admin.accounts().timeline(anas.id(), null, 10).items();

        assertThat(asAna.get(0).type()).isEqualTo("RelationshipCreated");
        assertThat(asAna.get(0).summary()).isEqualTo("Related: Partner of ?");
        assertThat(profile.timeline().items().toString()).doesNotContain("Bob's");
        assertThat(profile.relationships()).isEmpty();
        assertThat(asAdmin.get(0).summary()).isEqualTo("Related: Partner of Bob's Secret Account");
    }

    @Example
    void givenAPortugueseReader_whenTheTimelineIsRead_thenItsSummariesAreInPortuguese() {
        TestTenant tenant = newTenant();
        var area = tenant.addEntry(CatalogKind.INTEREST_AREA, "Fibra");
        Account account = tenant.admin().accounts().create(anAccount().build()).account();
        tenant.admin().accounts().classify(new ClassifyAccount(account.id(), Classification.CUSTOMER, null));
        tenant.admin().accounts().markInterest(new MarkInterest(account.id(), area.id(), InterestKind.DISINTEREST, null));

        List<TimelineEntry> entries = tenant.as(tenant.adminId(), ExpectedMessages.PT_BR).accounts()
                .timeline(account.id(), null, 10).items();

        assertThat(entries).extracting(TimelineEntry::summary).containsExactly(
                "Fibra marcado como desinteresse", "Classificação alterada de Lead para Cliente", "Conta criada como Lead");
    }

    @Example
    void givenACursorOfAnotherListing_whenTheTimelineIsPaged_thenItIsRefused() {
        TestTenant tenant = newTenant();
        Account account = tenant.admin().accounts().create(anAccount().build()).account();
        tenant.admin().contacts().add(new AddContact(account.id(), ContactDetails.named("A")));
        tenant.admin().contacts().add(new AddContact(account.id(), ContactDetails.named("B")));
        String directoryCursor = tenant.admin().contacts().directory(null, null, 1).nextCursor();

        InvalidCommandException e = thrown(InvalidCommandException.class,
                () -> tenant.admin().accounts().timeline(account.id(), directoryCursor, 5));
        InvalidCommandException limit = thrown(InvalidCommandException.class,
                () -> tenant.admin().accounts().timeline(account.id(), null, 0));

        assertThat(e.violations()).extracting(Violation::path, Violation::code).containsExactly(tuple("cursor", "InvalidCursor"));
        assertThat(limit.violations()).extracting(Violation::path, Violation::code).containsExactly(tuple("limit", "Range"));
    }
}
