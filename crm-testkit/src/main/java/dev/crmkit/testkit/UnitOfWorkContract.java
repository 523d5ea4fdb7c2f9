package dev.crmkit.testkit;

import static dev.crmkit.testkit.StoreFixtures.entry;
import static dev.crmkit.testkit.StoreFixtures.event;
import static dev.crmkit.testkit.StoreFixtures.read;
import static dev.crmkit.testkit.StoreFixtures.teamHasUsers;
import static dev.crmkit.testkit.StoreFixtures.entriesOf;
import static dev.crmkit.testkit.StoreFixtures.entryNamed;
import static dev.crmkit.testkit.StoreFixtures.entryOf;
import static dev.crmkit.testkit.StoreFixtures.userOf;
import static dev.crmkit.testkit.StoreFixtures.usersOf;
import static dev.crmkit.testkit.StoreFixtures.tenantOf;
import static dev.crmkit.testkit.StoreFixtures.run;
import static dev.crmkit.testkit.StoreFixtures.storedTenant;
import static dev.crmkit.testkit.StoreFixtures.tenant;
import static dev.crmkit.testkit.StoreFixtures.unpublished;
import static dev.crmkit.testkit.StoreFixtures.user;
import static dev.crmkit.testkit.StoreFixtures.userEvent;
import static dev.crmkit.testkit.StoreFixtures.write;
import static org.assertj.core.api.Assertions.assertThat;

import dev.crmkit.access.AccessScope;
import dev.crmkit.access.CrmUser;
import dev.crmkit.catalog.CatalogEntry;
import dev.crmkit.catalog.CatalogKind;
import dev.crmkit.common.ConflictException;
import dev.crmkit.common.EventId;
import dev.crmkit.common.LabelId;
import dev.crmkit.common.StoreException;
import dev.crmkit.common.TenantId;
import dev.crmkit.common.UserId;
import dev.crmkit.event.DomainEvent;
import dev.crmkit.event.EventBacklog;
import dev.crmkit.pipeline.Card;
import dev.crmkit.pipeline.Pipeline;
import dev.crmkit.spi.DeliveryFailure;
import dev.crmkit.spi.OutboxBacklog;
import dev.crmkit.spi.OutboxEntry;
import dev.crmkit.spi.StoredRecords;
import dev.crmkit.spi.TenantAndUser;
import dev.crmkit.spi.TransactionMode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import net.jqwik.api.Example;

/**
 * The unit of work of a store: atomic, isolated, read-only when asked, bound to one tenant, and carrying its
 * events to the outbox with its writes.
 */
public abstract class UnitOfWorkContract extends CrmKitSupport {

    /** An instant at microsecond precision, as every store keeps it. */
    private static final Instant NOW = Instant.parse("2026-03-02T12:00:00.123456Z");

    @Example
    void givenWorkThatFails_whenRunInANewTenant_thenNothingOfItRemains() {
        TenantId tenantId = uniqueTenantId();
        Failure failure = new Failure();

        Throwable thrown = thrown(Failure.class, () -> run(store(), tenantId, uow -> {
            uow.tenant().insert(tenant(tenantId));
            uow.users().insert(user("ana"));
            uow.catalog().insert(entry(CatalogKind.TEAM, "Sales"));
            uow.outbox().append(List.of(event(tenantId, "lost")));
            throw failure;
        }));

        assertThat(thrown).isSameAs(failure);
        assertThat(tenantOf(store(), tenantId)).isEmpty();
        assertThat(usersOf(store(), tenantId)).isEmpty();
        assertThat(entriesOf(store(), tenantId, CatalogKind.TEAM)).isEmpty();
        assertThat(unpublished(store(), tenantId)).isEmpty();
    }

    @Example
    void givenWorkThatFailsHalfway_whenRun_thenEveryEarlierWriteIsUndone() {
        TenantId tenantId = storedTenant(store());
        CrmUser ana = write(store(), tenantId, uow -> uow.users().insert(user("ana")));
        CatalogEntry team = write(store(), tenantId, uow -> uow.catalog().insert(entry(CatalogKind.TEAM, "Sales")));

        thrown(Failure.class, () -> run(store(), tenantId, uow -> {
            uow.users().insert(user("bia"));
            uow.users().update(StoredStates.of(ana).set("displayName", "Ana Changed").set("teamId", team.id())
                    .set("admin", true).build());
            uow.catalog().update(StoredStates.of(team).set("name", "Renamed").build());
            uow.catalog().insert(entry(CatalogKind.PRIORITY, "High"));
            uow.outbox().append(List.of(event(tenantId, "lost")));
            throw new Failure();
        }));

        assertThat(usersOf(store(), tenantId)).containsExactly(ana);
        assertThat(teamHasUsers(store(), tenantId, team.id())).isFalse();
        assertThat(entryOf(store(), tenantId, team.id())).contains(team);
        assertThat(entriesOf(store(), tenantId, CatalogKind.PRIORITY)).isEmpty();
        assertThat(unpublished(store(), tenantId)).isEmpty();
    }

    @Example
    void givenAFailedDelete_whenRolledBack_thenTheEntryIsBackWithItsUniqueName() {
        TenantId tenantId = storedTenant(store());
        CatalogEntry team = write(store(), tenantId, uow -> uow.catalog().insert(entry(CatalogKind.TEAM, "Sales")));

        thrown(Failure.class, () -> run(store(), tenantId, uow -> {
            uow.catalog().delete(team);
            throw new Failure();
        }));

        assertThat(entryNamed(store(), tenantId, CatalogKind.TEAM, "sales"))
                .contains(team);
    }

    @Example
    void givenAUnitOfWork_whenItReadsItsOwnWrites_thenItSeesThem() {
        TenantId tenantId = storedTenant(store());

        Optional<CrmUser> seen = write(store(), tenantId, uow -> {
            uow.users().insert(user("ana"));
            return uow.users().findById(UserId.of("ana"));
        });

        assertThat(seen).map(CrmUser::displayName).contains("User ana");
    }

    @Example
    void givenTenantsAndUsers_whenTheTenantAndAUserAreReadTogether_thenEachIsFoundOnlyInItsOwnTenant() {
        TenantId tenantId = storedTenant(store());
        TenantId other = storedTenant(store());
        CrmUser ana = write(store(), tenantId, uow -> uow.users().insert(user("ana")));
        write(store(), other, uow -> uow.users().insert(user("bia")));

        TenantAndUser both = read(store(), tenantId, uow -> uow.tenantAndUser(ana.id()));
        TenantAndUser foreignUser = read(store(), tenantId, uow -> uow.tenantAndUser(UserId.of("bia")));
        TenantAndUser noTenant = read(store(), uniqueTenantId(), uow -> uow.tenantAndUser(ana.id()));

        assertThat(both.tenant()).isEqualTo(tenantOf(store(), tenantId));
        assertThat(both.user()).contains(ana);
        assertThat(foreignUser.tenant()).isEqualTo(tenantOf(store(), tenantId));
        assertThat(foreignUser.user()).as("a user of another tenant").isEmpty();
        assertThat(noTenant.tenant()).isEmpty();
        assertThat(noTenant.user()).isEmpty();
    }

    @Example
    void givenAReadOnlyUnitOfWork_whenItWrites_thenTheWriteIsRefusedAndNothingChanges() {
        TenantId tenantId = storedTenant(store());

        thrown(StoreException.class,
                () -> store().inTransaction(tenantId, TransactionMode.READ_ONLY, uow -> uow.users().insert(user("ana"))));

        assertThat(usersOf(store(), tenantId)).isEmpty();
    }

    @Example
    void givenAnUncommittedWrite_whenAnotherUnitOfWorkReads_thenItDoesNotSeeIt() throws Exception {
        TenantId tenantId = storedTenant(store());
        CountDownLatch written = new CountDownLatch(1);
        CountDownLatch readerDone = new CountDownLatch(1);

        CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> {
            try {
                run(store(), tenantId, uow -> {
                    uow.users().insert(user("ana"));
                    written.countDown();
                    awaitQuietly(readerDone, 300);
                    throw new Failure();
                });
            } catch (Failure expected) {
                // the writer rolls back on purpose
            }
        });
        assertThat(written.await(10, TimeUnit.SECONDS)).isTrue();
        // A locking store makes the reader wait for the rollback; an MVCC store answers from the last commit.
        CompletableFuture<Optional<CrmUser>> reader = CompletableFuture.supplyAsync(
                () -> userOf(store(), tenantId, "ana"));
        Optional<CrmUser> seen = reader.get(30, TimeUnit.SECONDS);
        readerDone.countDown();
        writer.get(30, TimeUnit.SECONDS);

        assertThat(seen).isEmpty();
        assertThat(usersOf(store(), tenantId)).isEmpty();
    }

    @Example
    void givenTwoTenants_whenTheSameUserIdIsUsedInBoth_thenEachTenantSeesOnlyItsOwn() {
        TenantId first = storedTenant(store());
        TenantId second = storedTenant(store());
        write(store(), first, uow -> uow.users().insert(user("ana")));

        assertThat(userOf(store(), second, "ana")).isEmpty();
        assertThat(usersOf(store(), second)).isEmpty();

        CrmUser secondAna = write(store(), second, uow -> uow.users().insert(
                CrmUser.create(UserId.of("ana"), "Other Ana", null, AccessScope.ALL, true, StoreFixtures.CREATED)));

        assertThat(userOf(store(), first, "ana"))
                .map(CrmUser::displayName).contains("User ana");
        assertThat(userOf(store(), second, "ana")).contains(secondAna);
    }

    @Example
    void givenCommittedEvents_whenListed_thenTheyComeInOrderUntilDeleted() {
        TenantId tenantId = storedTenant(store());
        DomainEvent first = event(tenantId, "first");
        DomainEvent second = event(tenantId, "second");
        DomainEvent third = event(tenantId, "third");

        run(store(), tenantId, uow -> uow.outbox().append(List.of(first, second)));
        run(store(), tenantId, uow -> uow.outbox().append(List.of(third)));

        assertThat(unpublished(store(), tenantId)).containsExactly(first, second, third);
        assertThat(due(tenantId, NOW, 10)).extracting(OutboxEntry::event)
                .containsExactly(first, second, third);
        assertThat(due(tenantId, NOW, 2)).extracting(OutboxEntry::event)
                .containsExactly(first, second);

        run(store(), tenantId, uow -> uow.outbox().delete(List.of(first.meta().eventId(), second.meta().eventId())));
        assertThat(unpublished(store(), tenantId)).containsExactly(third);

        run(store(), tenantId, uow -> uow.outbox().delete(List.of(third.meta().eventId(), EventId.newId())));
        assertThat(unpublished(store(), tenantId)).isEmpty();
        assertThat(backlog(tenantId)).isEqualTo(EventBacklog.EMPTY);
    }

    @Example
    void givenARefusedEvent_whenDueEventsAreRead_thenItsAggregateWaitsForItsNextAttemptAndOthersDoNot() {
        TenantId tenantId = storedTenant(store());
        List<DomainEvent> appended = twoAggregatesEvents(tenantId);
        DomainEvent a1 = appended.get(0);
        DomainEvent b1 = appended.get(1);
        DomainEvent a2 = appended.get(2);
        Instant next = NOW.plusSeconds(10);

        run(store(), tenantId, uow -> uow.outbox().recordFailures(List.of(
                new DeliveryFailure(a1.meta().eventId(), 1, NOW, next, "java.lang.IllegalStateException: down"),
                new DeliveryFailure(EventId.newId(), 1, NOW, next, "not in the outbox"))));

        assertThat(due(tenantId, NOW, 10)).extracting(OutboxEntry::event)
                .containsExactly(b1);
        assertThat(due(tenantId, next.minusNanos(1000), 10)).extracting(OutboxEntry::event)
                .containsExactly(b1);
        List<OutboxEntry> atNext = due(tenantId, next, 10);
        assertThat(atNext).extracting(OutboxEntry::event).containsExactly(a1, b1, a2);
        assertThat(atNext.get(0)).isEqualTo(new OutboxEntry(a1, 1, next, null, "java.lang.IllegalStateException: down"));
        assertThat(backlog(tenantId)).isEqualTo(new EventBacklog(3, 0));
        assertThat(store().outboxBacklog(NOW)).filteredOn(b -> b.tenantId().equals(tenantId))
                .containsExactly(new OutboxBacklog(tenantId, 2, 0));
    }

    @Example
    void givenAParkedEvent_whenReleasedOrDiscarded_thenItsAggregateGoesOnInOrder() {
        TenantId tenantId = storedTenant(store());
        List<DomainEvent> appended = twoAggregatesEvents(tenantId);
        DomainEvent a1 = appended.get(0);
        DomainEvent b1 = appended.get(1);
        DomainEvent a2 = appended.get(2);
        DeliveryFailure parks = new DeliveryFailure(a1.meta().eventId(), 3, NOW, null, "java.lang.AssertionError");

        run(store(), tenantId, uow -> uow.outbox().recordFailures(List.of(parks)));

        Instant later = NOW.plus(Duration.ofDays(365));
        assertThat(due(tenantId, later, 10)).extracting(OutboxEntry::event)
                .containsExactly(b1);
        assertThat(parked(tenantId))
                .containsExactly(new OutboxEntry(a1, 3, null, NOW, "java.lang.AssertionError"));
        assertThat(backlog(tenantId)).isEqualTo(new EventBacklog(3, 1));
        assertThat(store().outboxBacklog(later)).filteredOn(b -> b.tenantId().equals(tenantId))
                .containsExactly(new OutboxBacklog(tenantId, 2, 1));

        assertThat(release(tenantId, List.of(a1.meta().eventId(), b1.meta().eventId())))
                .containsExactly(a1.meta().eventId());
        assertThat(due(tenantId, NOW, 10))
                .containsExactly(OutboxEntry.of(a1), OutboxEntry.of(b1), OutboxEntry.of(a2));

        run(store(), tenantId, uow -> uow.outbox().recordFailures(List.of(parks)));
        assertThat(discard(tenantId, List.of(a1.meta().eventId(), a2.meta().eventId())))
                .containsExactly(a1.meta().eventId());
        assertThat(due(tenantId, NOW, 10)).extracting(OutboxEntry::event)
                .containsExactly(b1, a2);
        assertThat(parked(tenantId)).isEmpty();
    }

    @Example
    void givenOutboxChangesInWorkThatFails_whenRolledBack_thenTheOutboxIsAsBeforeInTheSameOrder() {
        TenantId tenantId = storedTenant(store());
        DomainEvent first = userEvent(tenantId, "a");
        DomainEvent second = userEvent(tenantId, "b");
        DomainEvent third = userEvent(tenantId, "c");
        run(store(), tenantId, uow -> uow.outbox().append(List.of(first, second, third)));
        run(store(), tenantId, uow -> uow.outbox().recordFailures(List.of(
                new DeliveryFailure(third.meta().eventId(), 2, NOW, null, "parked"))));
        List<OutboxEntry> before = entries(tenantId);

        thrown(Failure.class, () -> run(store(), tenantId, uow -> {
            uow.outbox().delete(List.of(second.meta().eventId()));
            uow.outbox().recordFailures(List.of(new DeliveryFailure(first.meta().eventId(), 1, NOW, NOW.plusSeconds(1), "x")));
            uow.outbox().release(List.of(third.meta().eventId()));
            uow.outbox().append(List.of(event(tenantId, "lost")));
            throw new Failure();
        }));

        assertThat(entries(tenantId)).isEqualTo(before);
    }

    @Example
    void givenTwoTenantsEvents_whenOneTenantsOutboxIsUsed_thenItNeverSeesOrChangesTheOthers() {
        TenantId mine = storedTenant(store());
        TenantId other = storedTenant(store());
        DomainEvent theirs = userEvent(other, "a");
        run(store(), other, uow -> uow.outbox().append(List.of(theirs)));
        run(store(), other, uow -> uow.outbox().recordFailures(List.of(
                new DeliveryFailure(theirs.meta().eventId(), 1, NOW, null, "parked"))));
        List<EventId> ids = List.of(theirs.meta().eventId());

        run(store(), mine, uow -> {
            assertThat(uow.outbox().due(NOW, 10)).isEmpty();
            assertThat(uow.outbox().unpublished(10)).isEmpty();
            assertThat(uow.outbox().parked(10)).isEmpty();
            assertThat(uow.outbox().backlog()).isEqualTo(EventBacklog.EMPTY);
            assertThat(uow.outbox().release(ids)).isEmpty();
            assertThat(uow.outbox().discard(ids)).isEmpty();
            uow.outbox().recordFailures(List.of(new DeliveryFailure(theirs.meta().eventId(), 9, NOW, NOW, "x")));
            uow.outbox().delete(ids);
        });

        assertThat(parked(other))
                .containsExactly(new OutboxEntry(theirs, 1, null, NOW, "parked"));
    }

    @Example
    void givenACardReadThenLoadedByAQuery_whenChangedTwiceInOneUnitOfWork_thenEachChangeIsStoredWithTheNextVersion() {
        TestTenant tenant = newTenant();
        Pipeline pipeline = PipelineTestData.aPipeline().createdBy(tenant.admin());
        Card created = tenant.admin().cards().create(PipelineTestData.aCard(pipeline, "Deal"));
        LabelId label = new LabelId(java.util.UUID.randomUUID());

        List<Card> seen = write(store(), tenant.id(), uow -> {
            Card read = uow.cards().findById(created.id()).orElseThrow();
            Card first = uow.cards().update(StoredRecords.card(read).name("Renamed").labels(Set.of(label))
                    .members(Set.of(tenant.adminId())).build());
            // A query loads the same card again (a store may hold it differently then): it sees the first change.
            Card inStage = uow.cards().findByStage(pipeline.id(), created.stageId()).get(0);
            Card again = uow.cards().findById(created.id()).orElseThrow();
            Card second = uow.cards().update(StoredRecords.card(again).name("Renamed again").labels(Set.of()).build());
            return List.of(read, first, inStage, again, second);
        });

        assertThat(seen.get(0)).isEqualTo(created);
        assertThat(seen.get(1).version()).isEqualTo(created.version().next());
        assertThat(seen.get(2)).isEqualTo(seen.get(1));
        assertThat(seen.get(3)).isEqualTo(seen.get(1));
        assertThat(seen.get(4).version()).isEqualTo(created.version().next().next());
        Card stored = read(store(), tenant.id(), uow -> uow.cards().findById(created.id())).orElseThrow();
        assertThat(stored).isEqualTo(seen.get(4));
        assertThat(stored.name()).isEqualTo("Renamed again");
        assertThat(stored.labels()).isEmpty();
        assertThat(stored.members()).containsExactly(tenant.adminId());
    }

    @Example
    void givenACardChangedAtAStaleVersion_whenStored_thenItIsRefusedAndTheCardIsAsItWas() {
        TestTenant tenant = newTenant();
        Pipeline pipeline = PipelineTestData.aPipeline().createdBy(tenant.admin());
        Card created = tenant.admin().cards().create(PipelineTestData.aCard(pipeline, "Deal"));
        Card renamed = write(store(), tenant.id(), uow -> uow.cards().update(StoredRecords.card(
                uow.cards().findById(created.id()).orElseThrow()).name("Renamed").build()));

        ConflictException refused = thrown(ConflictException.class, () -> run(store(), tenant.id(), uow -> {
            uow.cards().findById(created.id()).orElseThrow();
            uow.cards().update(StoredRecords.card(created).name("From an old copy").build());
        }));

        assertThat(refused.field()).contains("expectedVersion");
        Optional<Card> stored = read(store(), tenant.id(), uow -> uow.cards().findById(created.id()));
        assertThat(stored).contains(renamed);
    }

    /** Appends, in one unit of work, an event of user a, one of user b, and another of user a. */
    private List<DomainEvent> twoAggregatesEvents(TenantId tenantId) {
        List<DomainEvent> events = List.of(userEvent(tenantId, "a"), userEvent(tenantId, "b"), userEvent(tenantId, "a"));
        run(store(), tenantId, uow -> uow.outbox().append(events));
        return events;
    }

    private List<OutboxEntry> due(TenantId tenantId, Instant now, int limit) {
        return read(store(), tenantId, uow -> uow.outbox().due(now, limit));
    }

    private List<OutboxEntry> parked(TenantId tenantId) {
        return read(store(), tenantId, uow -> uow.outbox().parked(10));
    }

    private List<OutboxEntry> entries(TenantId tenantId) {
        return read(store(), tenantId, uow -> uow.outbox().unpublished(10));
    }

    private EventBacklog backlog(TenantId tenantId) {
        return read(store(), tenantId, uow -> uow.outbox().backlog());
    }

    private Set<EventId> release(TenantId tenantId, List<EventId> ids) {
        return write(store(), tenantId, uow -> uow.outbox().release(ids));
    }

    private Set<EventId> discard(TenantId tenantId, List<EventId> ids) {
        return write(store(), tenantId, uow -> uow.outbox().discard(ids));
    }

    private static void awaitQuietly(CountDownLatch latch, long millis) {
        try {
            latch.await(millis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A failure a test's work throws on purpose. */
    static final class Failure extends RuntimeException {

        Failure() {
            super("failure on purpose");
        }
    }
}
