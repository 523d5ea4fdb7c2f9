package dev.crmkit.testkit;

import static dev.crmkit.testkit.StoreFixtures.read;
import static dev.crmkit.testkit.StoreFixtures.run;
import static dev.crmkit.testkit.StoreFixtures.storedTenant;
import static dev.crmkit.testkit.StoreFixtures.write;
import static org.assertj.core.api.Assertions.assertThat;

import dev.crmkit.common.AccountId;
import dev.crmkit.common.CatalogEntryId;
import dev.crmkit.common.ConflictException;
import dev.crmkit.common.DocumentId;
import dev.crmkit.common.EventId;
import dev.crmkit.common.TenantId;
import dev.crmkit.common.UserId;
import dev.crmkit.contact.Contact;
import dev.crmkit.contact.ContactDetails;
import dev.crmkit.document.Document;
import dev.crmkit.document.DocumentKind;
import dev.crmkit.event.AccountEvent;
import dev.crmkit.event.EventMeta;
import dev.crmkit.relationship.Relationship;
import dev.crmkit.spi.TimelineRecord;
import dev.crmkit.spi.TimelineRepository.TimelinePosition;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Example;

/**
 * The ports around accounts: contacts, relationships (uniqueness and path search), documents and timelines
 * (newest-first keyset paging, rollback), each with its delete-by-account.
 */
public abstract class AccountPortsContract extends CrmKitSupport {

    private static final Instant T0 = Instant.parse("2026-02-01T09:00:00Z");

    @Example
    void givenContactsOfTwoAccounts_whenOneAccountsContactsAreDeleted_thenTheOthersStay() {
        TenantId tenant = storedTenant(store());
        AccountId first = account(tenant);
        AccountId second = account(tenant);
        Contact a = write(store(), tenant, uow -> uow.contacts().insert(Contact.create(first,
                new ContactDetails("Ana", "CEO", List.of("ana@x.com"), List.of("+55 11 1111-2222"), "notes ç"), UserId.of("u"), T0)));
        Contact b = write(store(), tenant, uow -> uow.contacts().insert(Contact.create(second, ContactDetails.named("Bia"), UserId.of("u"), T0)));

        Contact loaded = read(store(), tenant, uow -> uow.contacts().findById(a.id())).orElseThrow();
        List<Contact> removed = write(store(), tenant, uow -> uow.contacts().deleteByAccount(first));

        assertThat(loaded).isEqualTo(a);
        assertThat(removed).containsExactly(a);
        List<Contact> left = read(store(), tenant, uow -> uow.contacts().findByAccount(second));
        assertThat(left).containsExactly(b);
        List<Contact> ofFirst = read(store(), tenant, uow -> uow.contacts().findByAccount(first));
        assertThat(ofFirst).isEmpty();
    }

    @Example
    void givenRelationships_whenPathsAreSearched_thenOnlyDirectedPathsOfTheTypeCount() {
        TenantId tenant = storedTenant(store());
        AccountId a = account(tenant);
        AccountId b = account(tenant);
        AccountId c = account(tenant);
        AccountId d = account(tenant);
        CatalogEntryId parent = CatalogEntryId.newId();
        CatalogEntryId other = CatalogEntryId.newId();
        relate(tenant, a, b, parent);
        relate(tenant, b, c, parent);
        relate(tenant, c, d, other);

        assertThat(path(tenant, parent, a, c)).isTrue();
        assertThat(path(tenant, parent, c, a)).as("paths follow from -> to").isFalse();
        assertThat(path(tenant, parent, a, d)).as("only edges of the type").isFalse();
        assertThat(path(tenant, other, c, d)).isTrue();
        assertThat((boolean) read(store(), tenant, uow -> uow.relationships().exists(a, b, parent))).isTrue();
        assertThat((boolean) read(store(), tenant, uow -> uow.relationships().exists(b, a, parent))).isFalse();
        assertThat((boolean) read(store(), tenant, uow -> uow.relationships().existsOfType(other))).isTrue();
        ConflictException duplicate = thrown(ConflictException.class, () -> relate(tenant, a, b, parent));
        assertThat(duplicate.code()).isEqualTo(ConflictException.DUPLICATE);

        List<Relationship> removed = write(store(), tenant, uow -> uow.relationships().deleteByAccount(b));
        assertThat(removed).hasSize(2);
        assertThat(path(tenant, parent, a, c)).isFalse();
        List<Relationship> ofC = read(store(), tenant, uow -> uow.relationships().findByAccount(c));
        assertThat(ofC).hasSize(1);
    }

    @Example
    void givenDocuments_whenStoredUpdatedAndDeletedByAccount_thenTheMetadataFollows() {
        TenantId tenant = storedTenant(store());
        AccountId account = account(tenant);
        Document contract = write(store(), tenant, uow -> uow.documents().insert(Document.create(DocumentId.newId(), account,
                DocumentKind.CONTRACT, "Contrato", "c.pdf", "application/pdf", 12345L, "ab".repeat(32),
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), UserId.of("u"), T0)));

        Document renamed = write(store(), tenant, uow -> uow.documents().update(
                StoredStates.of(contract).set("title", "Contrato renovado").set("validFrom", null)
                        .set("validUntil", LocalDate.of(2027, 12, 31)).build()));
        Document loaded = read(store(), tenant, uow -> uow.documents().findById(contract.id())).orElseThrow();
        List<Document> removed = write(store(), tenant, uow -> uow.documents().deleteByAccount(account));

        assertThat(loaded).isEqualTo(renamed);
        assertThat(loaded.validFrom()).isEmpty();
        assertThat(loaded.version()).isEqualTo(contract.version().next());
        assertThat(removed).containsExactly(renamed);
        List<Document> left = read(store(), tenant, uow -> uow.documents().findByAccount(account));
        assertThat(left).isEmpty();
    }

    @Example
    void givenATimeline_whenPaged_thenRecordsComeNewestFirstAcrossPagesAndRollbacksLeaveNoTrace() {
        TenantId tenant = storedTenant(store());
        AccountId account = account(tenant);
        AccountId other = account(tenant);
        List<TimelineRecord> records = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            // two records share each instant, so the event id must break the tie
            records.add(record(tenant, account, T0.plusSeconds(i / 2)));
        }
        run(store(), tenant, uow -> uow.timeline().append(records));
        run(store(), tenant, uow -> uow.timeline().append(List.of(record(tenant, other, T0))));
        thrown(UnitOfWorkContract.Failure.class, () -> run(store(), tenant, uow -> {
            uow.timeline().append(List.of(record(tenant, account, T0.plusSeconds(100))));
            throw new UnitOfWorkContract.Failure();
        }));

        List<TimelineRecord> seen = new ArrayList<>();
        TimelinePosition before = null;
        while (true) {
            TimelinePosition position = before;
            List<TimelineRecord> page = read(store(), tenant, uow -> uow.timeline().page(account, position, 3));
            seen.addAll(page);
            if (page.size() < 3) {
                break;
            }
            TimelineRecord last = page.get(page.size() - 1);
            before = new TimelinePosition(last.event().meta().occurredAt(), last.event().meta().eventId());
        }

        List<TimelineRecord> expected = records.stream()
                .sorted((x, y) -> {
                    int byTime = y.event().meta().occurredAt().compareTo(x.event().meta().occurredAt());
                    return byTime != 0 ? byTime : y.event().meta().eventId().compareTo(x.event().meta().eventId());
                })
                .toList();
        assertThat(seen).containsExactlyElementsOf(expected);

        run(store(), tenant, uow -> uow.timeline().deleteByAccount(account));
        List<TimelineRecord> afterDelete = read(store(), tenant, uow -> uow.timeline().page(account, null, 10));
        List<TimelineRecord> ofOther = read(store(), tenant, uow -> uow.timeline().page(other, null, 10));
        assertThat(afterDelete).isEmpty();
        assertThat(ofOther).hasSize(1);
    }

    private AccountId account(TenantId tenant) {
        return write(store(), tenant, uow -> uow.accounts().insert(AccountRepositoryContract.fullAccount(null))).id();
    }

    private void relate(TenantId tenant, AccountId from, AccountId to, CatalogEntryId type) {
        run(store(), tenant, uow -> uow.relationships().insert(Relationship.create(from, to, type, "reason", UserId.of("u"), T0)));
    }

    private boolean path(TenantId tenant, CatalogEntryId type, AccountId from, AccountId to) {
        Boolean found = read(store(), tenant, uow -> uow.relationships().pathExists(type, from, to));
        return found;
    }

    private static TimelineRecord record(TenantId tenant, AccountId account, Instant at) {
        return new TimelineRecord(account, new AccountEvent.AccountUpdated(
                new EventMeta(EventId.newId(), tenant, UserId.of("u"), at), account, List.of()));
    }
}
