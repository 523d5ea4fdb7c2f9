package dev.crmkit.testkit;

import static dev.crmkit.testkit.AccountTestData.anAccount;
import static dev.crmkit.testkit.PipelineTestData.aCard;
import static dev.crmkit.testkit.PipelineTestData.aPipeline;
import static dev.crmkit.testkit.StoreFixtures.read;
import static dev.crmkit.testkit.StoreFixtures.write;
import static org.assertj.core.api.Assertions.assertThat;

import dev.crmkit.CrmSession;
import dev.crmkit.account.Account;
import dev.crmkit.agenda.AgendaEntry;
import dev.crmkit.agenda.AgendaSettings;
import dev.crmkit.agenda.AgendaStatus;
import dev.crmkit.agenda.AgendaTemplate;
import dev.crmkit.agenda.PeriodicCall;
import dev.crmkit.agenda.Recurrence;
import dev.crmkit.agenda.RecurrenceUnit;
import dev.crmkit.agenda.Schedule;
import dev.crmkit.agenda.TemplateItem;
import dev.crmkit.catalog.CatalogEntry;
import dev.crmkit.catalog.CatalogKind;
import dev.crmkit.common.AgendaEntryId;
import dev.crmkit.common.ConflictException;
import dev.crmkit.common.TenantId;
import dev.crmkit.common.UserId;
import dev.crmkit.common.Version;
import dev.crmkit.contact.AddContact;
import dev.crmkit.contact.Contact;
import dev.crmkit.contact.ContactDetails;
import dev.crmkit.pipeline.Card;
import dev.crmkit.pipeline.Pipeline;
import dev.crmkit.spi.AgendaRepository.EntryPosition;
import dev.crmkit.spi.UnitOfWork;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import net.jqwik.api.Example;

/**
 * The agenda repository: every field round-trips, versions guard updates and deletes, the indexes (pending by
 * user, by card, by type, by creation) follow every change, pages by creation seek exactly, the settings are
 * versioned, and a failed unit of work leaves nothing behind. The records entries refer to are created through
 * the API, so an adapter with foreign keys passes too.
 */
public abstract class AgendaRepositoryContract extends CrmKitSupport {

    private static final Instant CREATED = Instant.parse("2026-02-01T09:30:00.123456Z");

    @Example
    void givenEntriesWithEveryKindOfSchedule_whenStoredAndLoaded_thenEveryFieldComesBack() {
        Fixture f = fixture();
        AgendaEntry timed = AgendaEntry.create(f.account().id(), f.contact().id(), f.card().id(), f.type().id(), "Visita técnica\nç",
                new Schedule.AtTime(LocalDateTime.of(2026, 3, 5, 14, 30)), f.user(), f.user(),
                new Recurrence(RecurrenceUnit.MONTHS, 2, LocalDate.of(2026, 12, 31), 5), null, CREATED);
        AgendaEntry anyTime = AgendaEntry.create(f.account().id(), null, null, null, "Ligação",
                new Schedule.AnyTimeOn(LocalDate.of(2026, 3, 6)), f.user(), null, null, "payment:x:NF-1", CREATED);
        AgendaEntry unscheduled = AgendaEntry.create(f.account().id(), null, null, null, "x".repeat(AgendaEntry.MAX_DESCRIPTION),
                null, f.user(), f.user(), null, null, CREATED);
        AgendaEntry concluded = timed.nextOccurrence(CREATED.plusSeconds(1)).orElseThrow();

        List<AgendaEntry> stored = new ArrayList<>();
        for (AgendaEntry entry : List.of(timed, anyTime, unscheduled, concluded)) {
            stored.add(write(store(), f.tenantId(), uow -> uow.agenda().insert(entry)));
        }
        AgendaEntry done = write(store(), f.tenantId(), uow -> uow.agenda().update(concluded(stored.get(3), CREATED.plusSeconds(2))));

        for (AgendaEntry entry : List.of(stored.get(0), stored.get(1), stored.get(2), done)) {
            assertThat(one(f.tenantId(), uow -> uow.agenda().findById(entry.id()))).contains(entry);
        }
        assertThat(stored).allSatisfy(e -> assertThat(e.version()).isEqualTo(Version.FIRST));
        assertThat(done.version()).isEqualTo(Version.FIRST.next());
        assertThat(done.concludedAt()).contains(CREATED.plusSeconds(2));
        assertThat(done.seriesId()).contains(timed.id());
        assertThat(done.occurrence()).isEqualTo(1);
        assertThat(list(f.tenantId(), uow -> uow.agenda().findByIds(List.of(timed.id(), anyTime.id(), AgendaEntryId.newId()))))
                .containsExactlyInAnyOrder(stored.get(0), stored.get(1));
        assertThat(one(f.tenantId(), uow -> uow.agenda().findByDedupeKey("payment:x:NF-1"))).contains(stored.get(1));
        // The listings return every field too (an adapter may read them another way than single rows).
        assertThat(list(f.tenantId(), uow -> uow.agenda().findByAccount(f.account().id())))
                .containsExactlyInAnyOrder(stored.get(0), stored.get(1), stored.get(2), done);
        assertThat(list(f.tenantId(), uow -> uow.agenda().findPendingByUser(f.user())))
                .containsExactlyInAnyOrder(stored.get(0), stored.get(1), stored.get(2));
    }

    @Example
    void givenAStoredEntry_whenWrittenFromAStaleVersion_thenItConflictsAndStaysAsItWas() {
        Fixture f = fixture();
        AgendaEntry entry = write(store(), f.tenantId(), uow -> uow.agenda().insert(entry(f, "Call", null, CREATED)));
        AgendaEntry edited = write(store(), f.tenantId(), uow -> uow.agenda().update(concluded(entry, CREATED.plusSeconds(1))));

        ConflictException update = thrown(ConflictException.class,
                () -> write(store(), f.tenantId(), uow -> uow.agenda().update(reopened(entry, CREATED))));
        ConflictException staleUpdate = thrown(ConflictException.class, () -> write(store(), f.tenantId(),
                uow -> uow.agenda().update(StoredStates.of(entry).set("contactId", null).set("cardId", null).set("typeId", null)
                        .set("description", "Stale").set("schedule", null).set("userId", f.user()).set("modifiedAt", CREATED).build())));
        ConflictException delete = thrown(ConflictException.class,
                () -> write(store(), f.tenantId(), uow -> {
                    uow.agenda().delete(entry);
                    return null;
                }));

        assertThat(List.of(update.code(), staleUpdate.code(), delete.code())).containsOnly(ConflictException.STALE_VERSION);
        assertThat(one(f.tenantId(), uow -> uow.agenda().findById(entry.id()))).contains(edited);
    }

    @Example
    void givenAnEntryReadForAChange_whenChangedInTheSameUnitOfWork_thenEveryFieldIsStoredAndAStaleCopyConflicts() {
        Fixture f = fixture();
        AgendaEntry stored = write(store(), f.tenantId(), uow -> uow.agenda().insert(AgendaEntry.create(f.account().id(),
                f.contact().id(), f.card().id(), f.type().id(), "Visita técnica", new Schedule.AtTime(LocalDateTime.of(2026, 3, 5,
                        14, 30)), f.user(), f.user(), new Recurrence(RecurrenceUnit.WEEKS, 1, LocalDate.of(2026, 6, 30), null),
                "rule:visit", CREATED)));

        List<AgendaEntry> seen = write(store(), f.tenantId(), uow -> {
            AgendaEntry read = uow.agenda().findById(stored.id()).orElseThrow();
            AgendaEntry done = uow.agenda().update(concluded(read, CREATED.plusSeconds(1)));
            return List.of(read, done, uow.agenda().findById(stored.id()).orElseThrow());
        });
        ConflictException stale = thrown(ConflictException.class, () -> write(store(), f.tenantId(), uow -> {
            uow.agenda().findById(stored.id()).orElseThrow();
            return uow.agenda().update(reopened(stored, CREATED));
        }));

        assertThat(seen.get(0)).isEqualTo(stored);
        assertThat(seen.get(1).version()).isEqualTo(Version.FIRST.next());
        assertThat(seen.get(2)).isEqualTo(seen.get(1));
        assertThat(stale.code()).isEqualTo(ConflictException.STALE_VERSION);
        assertThat(one(f.tenantId(), uow -> uow.agenda().findById(stored.id()))).contains(seen.get(1));
    }

    @Example
    void givenEntries_whenTheyAreConcludedUnlinkedAndDeleted_thenEveryIndexFollows() {
        Fixture f = fixture();
        AgendaEntry withCard = write(store(), f.tenantId(), uow -> uow.agenda().insert(AgendaEntry.create(f.account().id(), null,
                f.card().id(), f.type().id(), "Proposal", null, f.user(), f.user(), null, null, CREATED)));
        AgendaEntry other = write(store(), f.tenantId(), uow -> uow.agenda().insert(entry(f, "Other", null, CREATED)));

        List<AgendaEntry> pendingBefore = read(store(), f.tenantId(), uow -> uow.agenda().findPendingByUser(f.user()));
        AgendaEntry concluded = write(store(), f.tenantId(), uow -> uow.agenda().update(concluded(withCard, CREATED)));
        List<AgendaEntry> pendingAfter = read(store(), f.tenantId(), uow -> uow.agenda().findPendingByUser(f.user()));
        List<AgendaEntry> byCard = read(store(), f.tenantId(), uow -> uow.agenda().findByCard(f.card().id()));
        boolean typeUsed = read(store(), f.tenantId(), uow -> uow.agenda().existsOfType(f.type().id()));
        AgendaEntry unlinked = write(store(), f.tenantId(), uow -> uow.agenda().update(
                StoredStates.of(concluded).set("cardId", null).set("modifiedAt", CREATED).build()));
        List<AgendaEntry> byCardAfter = read(store(), f.tenantId(), uow -> uow.agenda().findByCard(f.card().id()));
        List<AgendaEntry> deleted = write(store(), f.tenantId(), uow -> uow.agenda().deleteByAccount(f.account().id()));

        assertThat(pendingBefore).containsExactlyInAnyOrder(withCard, other);
        assertThat(pendingAfter).containsExactly(other);
        assertThat(byCard).containsExactly(concluded);
        assertThat(typeUsed).isTrue();
        assertThat(byCardAfter).isEmpty();
        assertThat(deleted).containsExactlyInAnyOrder(unlinked, other);
        assertThat(list(f.tenantId(), uow -> uow.agenda().findByAccount(f.account().id()))).isEmpty();
        assertThat(test(f.tenantId(), uow -> uow.agenda().existsOfType(f.type().id()))).isFalse();
        assertThat(list(f.tenantId(), uow -> uow.agenda().findPendingByUser(f.user()))).isEmpty();
    }

    @Example
    void givenEntriesCreatedOverTime_whenPagedByCreation_thenPagesSeekExactlyWithinTheRange() {
        Fixture f = fixture();
        List<AgendaEntry> all = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            // Three entries share each instant: the id breaks the tie.
            Instant at = CREATED.plusSeconds(60L * (i / 3));
            all.add(write(store(), f.tenantId(), uow -> uow.agenda().insert(entry(f, "Entry", null, at))));
        }
        all.sort(Comparator.comparing(AgendaEntry::createdAt).thenComparing(AgendaEntry::id));
        Instant from = CREATED.plusSeconds(60);
        Instant to = CREATED.plusSeconds(120);

        List<AgendaEntry> first = read(store(), f.tenantId(), uow -> uow.agenda().createdBetween(from, to, null, 2));
        AgendaEntry last = first.get(first.size() - 1);
        List<AgendaEntry> second = read(store(), f.tenantId(),
                uow -> uow.agenda().createdBetween(from, to, new EntryPosition(last.createdAt(), last.id()), 2));
        List<AgendaEntry> everything = read(store(), f.tenantId(), uow -> uow.agenda().createdBetween(CREATED, to.plusSeconds(60), null, 100));

        assertThat(first).containsExactly(all.get(3), all.get(4));
        assertThat(second).containsExactly(all.get(5));
        assertThat(everything).containsExactlyElementsOf(all);
    }

    @Example
    void givenSettings_whenSavedTwiceAndOnceStale_thenTheyAreVersionedAndRoundTrip() {
        Fixture f = fixture();
        AgendaSettings settings = new AgendaSettings(false, 15, false, true,
                List.of(new PeriodicCall(f.account().id(), 14, LocalDate.of(2026, 3, 2), f.user(), f.type().id())),
                List.of(new AgendaTemplate("Boas-vindas", List.of(new TemplateItem(f.type().id(), "Visita", 0, LocalTime.of(9, 30)),
                        new TemplateItem(null, "Ligação", 3, null)))), Version.UNSAVED);

        assertThat(settingsOf(f.tenantId(), uow -> uow.agenda().settings())).isEmpty();
        AgendaSettings first = write(store(), f.tenantId(), uow -> uow.agenda().saveSettings(settings));
        AgendaSettings second = write(store(), f.tenantId(), uow -> uow.agenda().saveSettings(first));
        ConflictException stale = thrown(ConflictException.class,
                () -> write(store(), f.tenantId(), uow -> uow.agenda().saveSettings(first)));
        ConflictException again = thrown(ConflictException.class,
                () -> write(store(), f.tenantId(), uow -> uow.agenda().saveSettings(settings)));

        assertThat(first).isEqualTo(settings.withVersion(Version.FIRST));
        assertThat(second.version()).isEqualTo(Version.FIRST.next());
        assertThat(List.of(stale.code(), again.code())).containsOnly(ConflictException.STALE_VERSION);
        assertThat(settingsOf(f.tenantId(), uow -> uow.agenda().settings())).contains(second);
    }

    @Example
    void givenAUnitOfWorkThatFails_whenItHadWrittenEntriesAndSettings_thenNothingRemains() {
        Fixture f = fixture();
        AgendaEntry entry = entry(f, "Rolled back", "rule:1", CREATED);

        thrown(IllegalStateException.class, () -> write(store(), f.tenantId(), uow -> {
            uow.agenda().insert(entry);
            uow.agenda().saveSettings(AgendaSettings.DEFAULT);
            throw new IllegalStateException("the use case failed");
        }));

        assertThat(one(f.tenantId(), uow -> uow.agenda().findById(entry.id()))).isEmpty();
        assertThat(one(f.tenantId(), uow -> uow.agenda().findByDedupeKey("rule:1"))).isEmpty();
        assertThat(settingsOf(f.tenantId(), uow -> uow.agenda().settings())).isEmpty();
        assertThat(list(f.tenantId(), uow -> uow.agenda().findPendingByUser(f.user()))).isEmpty();
        AgendaEntry retried = write(store(), f.tenantId(), uow -> uow.agenda().insert(entry));
        assertThat(retried.dedupeKey()).contains("rule:1");
    }

    @Example
    void givenAnEntryOfOneTenant_whenAnotherTenantLooks_thenItIsAbsent() {
        Fixture f = fixture();
        Fixture other = fixture();
        AgendaEntry entry = write(store(), f.tenantId(), uow -> uow.agenda().insert(entry(f, "Mine", "rule:mine", CREATED)));

        assertThat(one(other.tenantId(), uow -> uow.agenda().findById(entry.id()))).isEmpty();
        assertThat(one(other.tenantId(), uow -> uow.agenda().findByDedupeKey("rule:mine"))).isEmpty();
        assertThat(list(other.tenantId(), uow -> uow.agenda().findPendingByUser(f.user()))).isEmpty();
        assertThat(list(other.tenantId(), uow -> uow.agenda().createdBetween(CREATED, CREATED.plusSeconds(1), null, 10)))
                .isEmpty();
        AgendaEntry sameKey = write(store(), other.tenantId(), uow -> uow.agenda().insert(entry(other, "Theirs", "rule:mine", CREATED)));
        assertThat(sameKey.dedupeKey()).as("dedupe keys are unique per tenant").contains("rule:mine");
    }

    private Optional<AgendaEntry> one(TenantId tenantId,
            Function<UnitOfWork, Optional<AgendaEntry>> query) {
        return read(store(), tenantId, query);
    }

    private List<AgendaEntry> list(TenantId tenantId,
            Function<UnitOfWork, List<AgendaEntry>> query) {
        return read(store(), tenantId, query);
    }

    private boolean test(TenantId tenantId,
            Function<UnitOfWork, Boolean> query) {
        return read(store(), tenantId, query);
    }

    private Optional<AgendaSettings> settingsOf(TenantId tenantId,
            Function<UnitOfWork, Optional<AgendaSettings>> query) {
        return read(store(), tenantId, query);
    }

    private static AgendaEntry entry(Fixture f, String description, String dedupeKey, Instant at) {
        return AgendaEntry.create(f.account().id(), null, null, null, description, null, f.user(), f.user(), null, dedupeKey, at);
    }

    /** A tenant with an account, a contact, a card and an agenda type, created through the API. */
    private Fixture fixture() {
        TestTenant tenant = newTenant();
        CrmSession admin = tenant.admin();
        Account account = admin.accounts().create(anAccount().build()).account();
        Contact contact = admin.contacts().add(new AddContact(account.id(), ContactDetails.named("Ana")));
        Pipeline pipeline = aPipeline().createdBy(admin);
        Card card = admin.cards().create(aCard(pipeline, "Deal"));
        CatalogEntry type = tenant.addEntry(CatalogKind.AGENDA_ENTRY_TYPE, "Visit");
        return new Fixture(tenant.id(), tenant.adminId(), account, contact, card, type);
    }

    /** What the entries of a test refer to. */
    private record Fixture(TenantId tenantId, UserId user, Account account, Contact contact, Card card,
            CatalogEntry type) {}

    /** The entry concluded at an instant, as the agenda stores it. */
    private static AgendaEntry concluded(AgendaEntry entry, Instant at) {
        return StoredStates.of(entry).set("status", AgendaStatus.CONCLUDED).set("concludedAt", at).set("modifiedAt", at).build();
    }

    /** The entry back on the task list at an instant, as the agenda stores it. */
    private static AgendaEntry reopened(AgendaEntry entry, Instant at) {
        return StoredStates.of(entry).set("status", AgendaStatus.PENDING).set("concludedAt", null).set("modifiedAt", at).build();
    }
}
