package dev.crmkit.testkit;

import static dev.crmkit.testkit.UserTestData.aUser;
import static org.assertj.core.api.Assertions.assertThat;

import dev.crmkit.Actor;
import dev.crmkit.Crm;
import dev.crmkit.access.CreateTenant;
import dev.crmkit.catalog.CatalogEntry;
import dev.crmkit.catalog.CatalogKind;
import dev.crmkit.catalog.CreateCatalogEntry;
import dev.crmkit.common.EventId;
import dev.crmkit.common.InvalidCommandException;
import dev.crmkit.common.NotFoundException;
import dev.crmkit.common.TenantId;
import dev.crmkit.common.UserId;
import dev.crmkit.event.CatalogEvent;
import dev.crmkit.event.DomainEvent;
import dev.crmkit.event.EventAdministration;
import dev.crmkit.event.EventBacklog;
import dev.crmkit.event.EventDelivery;
import dev.crmkit.event.EventRetryPolicy;
import dev.crmkit.event.EventSweep;
import dev.crmkit.event.ParkedEvent;
import dev.crmkit.event.TenantEvent;
import dev.crmkit.event.UserEvent;
import dev.crmkit.spi.DeliveryFailure;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import net.jqwik.api.Example;

/**
 * Domain events reach the publisher only after their unit of work commits, in order per aggregate, at
 * least once, each with a stable id; a failing publisher never fails a committed use case. A refused event holds
 * back only its own aggregate's later events: it is offered again with backoff, then parked, and the host lists,
 * retries and discards parked events. Each tenant's events are relayed on their own, so one tenant's slow
 * publisher delays no other tenant's writes, and a sweep delivers what no relay did.
 */
public abstract class EventDeliveryContract extends CrmKitSupport {

    @Example
    void givenACommittedUseCase_whenItHadEvents_thenTheyArePublishedWithTheirMetadata() {
        TestTenant tenant = newTenant();
        clock.advance(Duration.ofMinutes(5));

        tenant.admin().users().create(aUser().withId("bob").build());

        UserEvent.UserCreated created = published.eventsOf(tenant.id(), UserEvent.UserCreated.class).get(1);
        assertThat(created.userId()).isEqualTo(UserId.of("bob"));
        assertThat(created.meta().tenantId()).isEqualTo(tenant.id());
        assertThat(created.meta().actingUser()).contains(tenant.adminId());
        assertThat(created.meta().occurredAt()).isEqualTo(START.plus(Duration.ofMinutes(5)));
        assertThat(published.eventsOf(tenant.id())).extracting(e -> e.meta().eventId()).doesNotHaveDuplicates();
        assertThat(StoreFixtures.unpublished(store(), tenant.id())).isEmpty();
    }

    @Example
    void givenAUseCaseThatFails_whenItRecordedNothingYet_thenNoEventIsPublished() {
        TestTenant tenant = newTenant();
        int before = published.eventsOf(tenant.id()).size();

        thrown(InvalidCommandException.class, () -> tenant.admin().users().create(aUser().withId("admin").build()));

        assertThat(published.eventsOf(tenant.id())).hasSize(before);
        assertThat(StoreFixtures.unpublished(store(), tenant.id())).isEmpty();
    }

    @Example
    void givenAPublisherThatFails_whenUseCasesCommit_thenTheyStillSucceedAndTheEventsWaitInOrder() {
        TestTenant tenant = newTenant();
        published.refuse(e -> e instanceof UserEvent u && u.userId().equals(UserId.of("bob")));

        var bob = tenant.admin().users().create(aUser().withId("bob").build());
        tenant.admin().users().update(UserTestData.unchanged(bob).named("Bob Renamed"));
        tenant.admin().catalogs().create(new CreateCatalogEntry(CatalogKind.TEAM, "North"));

        assertThat(tenant.admin().users().get(bob.id()).displayName()).isEqualTo("Bob Renamed");
        assertThat(published.eventsOf(tenant.id(), UserEvent.class)).extracting(UserEvent::userId)
                .containsExactly(tenant.adminId());
        assertThat(published.eventsOf(tenant.id(), CatalogEvent.CatalogEntryCreated.class)).hasSize(1);
        assertThat(StoreFixtures.unpublished(store(), tenant.id()))
                .hasExactlyElementsOfTypes(UserEvent.UserCreated.class, UserEvent.UserUpdated.class);

        published.acceptAll();
        clock.advance(EventRetryPolicy.DEFAULT.firstDelay());
        assertThat(crm().relayEvents()).isGreaterThanOrEqualTo(2);

        assertThat(published.eventsOf(tenant.id(), UserEvent.class))
                .extracting(e -> e.getClass().getSimpleName() + ":" + e.userId().value())
                .containsExactly("UserCreated:admin", "UserCreated:bob", "UserUpdated:bob");
        assertThat(StoreFixtures.unpublished(store(), tenant.id())).isEmpty();
    }

    @Example
    void givenManualDelivery_whenUseCasesCommit_thenEventsWaitForRelay() {
        RecordingPublisher manualPublisher = new RecordingPublisher();
        Crm manual = manualCrm(manualPublisher);
        TenantId id = tenantOf(manual, "Manual");

        manual.as(Actor.of(id, UserId.of("admin"))).catalogs().create(new CreateCatalogEntry(CatalogKind.TEAM, "North"));

        assertThat(manualPublisher.eventsOf(id)).isEmpty();
        assertThat(StoreFixtures.unpublished(store(), id)).hasSize(3);

        manual.relayEvents();

        assertThat(manualPublisher.eventsOf(id)).hasSize(3);
        assertThat(StoreFixtures.unpublished(store(), id)).isEmpty();
    }

    @Example
    void givenABacklogOfManyRelayBatches_whenRelayedOnce_thenEveryEventIsDeliveredInCommitOrder() {
        RecordingPublisher manualPublisher = new RecordingPublisher();
        Crm manual = manualCrm(manualPublisher);
        TenantId id = tenantOf(manual, "Backlog");
        var admin = manual.as(Actor.of(id, UserId.of("admin")));
        // More events than the relay reads at once (a few hundred), and not a multiple of any batch size.
        int teams = 601;
        for (int i = 0; i < teams; i++) {
            admin.catalogs().create(new CreateCatalogEntry(CatalogKind.TEAM, "Team " + i));
        }

        int relayed = manual.relayEvents();

        List<String> names = manualPublisher.eventsOf(id, CatalogEvent.CatalogEntryCreated.class).stream()
                .map(CatalogEvent.CatalogEntryCreated::name).toList();
        assertThat(names).hasSize(teams)
                .isEqualTo(java.util.stream.IntStream.range(0, teams).mapToObj(i -> "Team " + i).toList());
        assertThat(relayed).isGreaterThanOrEqualTo(manualPublisher.eventsOf(id).size());
        assertThat(StoreFixtures.unpublished(store(), id)).isEmpty();
    }

    @Example
    void givenAPublisherThatCallsBackIntoTheLibrary_whenItReacts_thenEveryEventIsDeliveredOnce() {
        TestTenant tenant = newTenant();
        List<DomainEvent> seen = new java.util.concurrent.CopyOnWriteArrayList<>();
        Crm reacting = Crm.builder().store(store()).clock(clock).eventPublisher(event -> {
            seen.add(event);
            if (event instanceof UserEvent.UserCreated created && created.userId().equals(UserId.of("bob"))) {
                // a host reacting to a new user by creating a team for it, from inside the publisher
                Crm.builder().store(store()).clock(clock).eventDelivery(EventDelivery.MANUAL).build()
                        .as(Actor.of(tenant.id(), tenant.adminId()))
                        .catalogs().create(new CreateCatalogEntry(CatalogKind.TEAM, "Team of bob"));
            }
        }).build();

        reacting.as(Actor.of(tenant.id(), tenant.adminId())).users().create(aUser().withId("bob").build());
        reacting.relayEvents();

        List<DomainEvent> ofTenant = seen.stream().filter(e -> e.meta().tenantId().equals(tenant.id())).toList();
        assertThat(ofTenant).hasExactlyElementsOfTypes(UserEvent.UserCreated.class, CatalogEvent.CatalogEntryCreated.class);
        List<EventId> ids = ofTenant.stream().map(e -> e.meta().eventId()).toList();
        assertThat(ids).doesNotHaveDuplicates();
    }

    @Example
    void givenAnEventThePublisherAlwaysRefusesAtTheHeadOfTheOutbox_whenLaterEventsCommit_thenOtherAggregatesAndTenantsGetTheirs() {
        TestTenant poisoned = newTenant();
        // The poison, and behind it more events of its aggregate than the relay reads at once.
        List<DomainEvent> stuck = IntStream.range(0, 300).mapToObj(i -> StoreFixtures.event(poisoned.id(), "stuck " + i)).toList();
        EventId poison = stuck.get(0).meta().eventId();
        published.refuse(e -> e.meta().eventId().equals(poison));
        StoreFixtures.run(store(), poisoned.id(), uow -> uow.outbox().append(stuck));

        poisoned.admin().catalogs().create(new CreateCatalogEntry(CatalogKind.TEAM, "North"));
        TestTenant other = newTenant();
        other.admin().catalogs().create(new CreateCatalogEntry(CatalogKind.TEAM, "South"));

        assertThat(published.eventsOf(poisoned.id(), CatalogEvent.CatalogEntryCreated.class)).as("another aggregate")
                .extracting(CatalogEvent.CatalogEntryCreated::name).containsExactly("North");
        assertThat(published.eventsOf(other.id())).as("another tenant").hasExactlyElementsOfTypes(
                TenantEvent.TenantCreated.class, UserEvent.UserCreated.class, CatalogEvent.CatalogEntryCreated.class);
        assertThat(published.eventsOf(poisoned.id(), TenantEvent.TenantCreated.class)).as("the poisoned aggregate waits")
                .extracting(TenantEvent.TenantCreated::name).doesNotContain("stuck 0", "stuck 1", "stuck 299");
        assertThat(crm().events().backlog(poisoned.id())).isEqualTo(new EventBacklog(300, 0));

        // Once the publisher takes it, the poison and everything behind it arrive, in order.
        published.acceptAll();
        clock.advance(Duration.ofSeconds(1));
        assertThat(crm().events().relay(poisoned.id())).isEqualTo(300);
        assertThat(published.eventsOf(poisoned.id(), TenantEvent.TenantCreated.class)).extracting(TenantEvent.TenantCreated::name)
                .endsWith(stuck.stream().map(e -> ((TenantEvent.TenantCreated) e).name()).toArray(String[]::new));
    }

    @Example
    void givenAPublisherThatThrowsAnAssertionError_whenAUseCaseCommits_thenTheCallSucceedsAndTheEventWaits() {
        TestTenant tenant = newTenant();
        Crm failing = Crm.builder().store(store()).clock(clock).eventPublisher(event -> {
            if (event instanceof UserEvent.UserCreated created && created.userId().equals(UserId.of("bob"))) {
                throw new AssertionError("a host's publisher with a bug");
            }
            published.publish(event);
        }).build();

        var bob = failing.as(Actor.of(tenant.id(), tenant.adminId())).users().create(aUser().withId("bob").build());

        assertThat(tenant.admin().users().get(bob.id()).displayName()).isEqualTo(bob.displayName());
        assertThat(StoreFixtures.unpublished(store(), tenant.id())).singleElement()
                .isInstanceOfSatisfying(UserEvent.UserCreated.class, e -> assertThat(e.userId()).isEqualTo(bob.id()));
    }

    @Example
    void givenAPublisherThatThrowsACheckedException_whenAUseCaseCommits_thenTheCallSucceedsAndTheFailureIsRecorded() {
        TestTenant tenant = newTenant();
        Crm failing = Crm.builder().store(store()).clock(clock).eventPublisher(event -> {
            if (event instanceof UserEvent.UserCreated created && created.userId().equals(UserId.of("bob"))) {
                throw RecordingPublisher.sneaky(new java.io.IOException("broker unreachable"));
            }
        }).build();

        var bob = failing.as(Actor.of(tenant.id(), tenant.adminId())).users().create(aUser().withId("bob").build());

        assertThat(tenant.admin().users().get(bob.id())).isNotNull();
        assertThat(crm().events().backlog(tenant.id())).isEqualTo(new EventBacklog(1, 0));
    }

    @Example
    void givenAPublisherThatThrowsAVirtualMachineError_whenAUseCaseCommits_thenTheErrorPropagatesAfterTheCommit() {
        TestTenant tenant = newTenant();
        InternalError failure = new InternalError("the JVM is failing");
        Crm failing = Crm.builder().store(store()).clock(clock).eventPublisher(event -> {
            throw failure;
        }).build();

        Throwable thrown = thrown(InternalError.class, () -> failing.as(Actor.of(tenant.id(), tenant.adminId())).users()
                .create(aUser().withId("bob").build()));

        assertThat(thrown).isSameAs(failure);
        assertThat(tenant.admin().users().get(UserId.of("bob"))).as("committed before the publisher ran").isNotNull();
        assertThat(StoreFixtures.unpublished(store(), tenant.id())).hasExactlyElementsOfTypes(UserEvent.UserCreated.class);
        crm().events().relay(tenant.id());
    }

    @Example
    void givenTenantAsPublisherBlocked_whenTenantBWrites_thenItsWriteCompletesAndItsEventsAreDelivered() throws Exception {
        TestTenant slow = newTenant();
        TestTenant fast = newTenant();
        CountDownLatch entered = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Crm shared = Crm.builder().store(store()).clock(clock).eventPublisher(event -> {
            if (event.meta().tenantId().equals(slow.id())) {
                entered.countDown();
                awaitUninterruptibly(release);
            }
            published.publish(event);
        }).build();
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Future<CatalogEntry> slowWrite = threads.submit(() -> shared.as(Actor.of(slow.id(), slow.adminId())).catalogs()
                    .create(new CreateCatalogEntry(CatalogKind.TEAM, "Slow")));
            assertThat(entered.await(60, TimeUnit.SECONDS)).as("tenant A's publisher was called").isTrue();

            Future<CatalogEntry> fastWrite = threads.submit(() -> shared.as(Actor.of(fast.id(), fast.adminId())).catalogs()
                    .create(new CreateCatalogEntry(CatalogKind.TEAM, "Fast")));
            // Tenant A's publisher stays blocked until tenant B's write is back: waiting here is a write held by A.
            assertThat(fastWrite.get(60, TimeUnit.SECONDS).name()).isEqualTo("Fast");

            assertThat(published.eventsOf(fast.id(), CatalogEvent.CatalogEntryCreated.class)).hasSize(1);
            assertThat(slowWrite.isDone()).as("tenant A's write still waits for its publisher").isFalse();
            release.countDown();
            assertThat(slowWrite.get(60, TimeUnit.SECONDS).name()).isEqualTo("Slow");
            assertThat(published.eventsOf(slow.id(), CatalogEvent.CatalogEntryCreated.class)).hasSize(1);
        } finally {
            release.countDown();
            threads.shutdownNow();
        }
    }

    @Example
    void givenARefusedEvent_whenItsRetriesComeAndFail_thenItWaitsWithBackoffAndIsParkedAfterTheLastAttempt() {
        TestTenant tenant = newTenant();
        Crm crm = retryingCrm(new EventRetryPolicy(3, Duration.ofSeconds(10), Duration.ofSeconds(15)));
        CountingRefusal refusal = new CountingRefusal(e -> e instanceof UserEvent u && u.userId().equals(UserId.of("bob")));
        published.refuse(refusal);
        var admin = crm.as(Actor.of(tenant.id(), tenant.adminId()));

        var bob = admin.users().create(aUser().withId("bob").build());           // attempt 1 fails
        admin.users().update(UserTestData.unchanged(bob).named("Bob Renamed"));    // behind it: not offered
        admin.catalogs().create(new CreateCatalogEntry(CatalogKind.TEAM, "North")); // another aggregate: delivered
        assertThat(refusal.count()).isEqualTo(1);
        assertThat(published.eventsOf(tenant.id(), CatalogEvent.CatalogEntryCreated.class)).hasSize(1);

        clock.advance(Duration.ofSeconds(9));
        assertThat(crm.events().relay(tenant.id())).as("before the backoff").isZero();
        assertThat(refusal.count()).isEqualTo(1);
        clock.advance(Duration.ofSeconds(1));
        assertThat(crm.events().relay(tenant.id())).isZero();                    // attempt 2 fails: next in 20 s, capped at 15
        assertThat(refusal.count()).isEqualTo(2);
        clock.advance(Duration.ofSeconds(14));
        crm.events().relay(tenant.id());
        assertThat(refusal.count()).as("the delay doubled, up to its cap").isEqualTo(2);
        clock.advance(Duration.ofSeconds(1));
        crm.events().relay(tenant.id());                                         // attempt 3 fails: parked
        assertThat(refusal.count()).isEqualTo(3);
        clock.advance(Duration.ofDays(1));
        assertThat(crm.events().relay(tenant.id())).isZero();
        assertThat(refusal.count()).as("a parked event is offered no more").isEqualTo(3);

        List<ParkedEvent> parked = crm.events().parked(tenant.id(), 10);
        assertThat(parked).singleElement().satisfies(p -> {
            assertThat(p.event()).isInstanceOf(UserEvent.UserCreated.class);
            assertThat(p.attempts()).isEqualTo(3);
            assertThat(p.parkedAt()).isEqualTo(START.plus(Duration.ofSeconds(9 + 1 + 14 + 1)));
            assertThat(p.failure()).isEqualTo(RecordingPublisher.PublisherDown.class.getName() + ": publisher refuses UserCreated");
        });
        assertThat(crm.events().backlog(tenant.id())).isEqualTo(new EventBacklog(2, 1));
        assertThat(published.eventsOf(tenant.id(), UserEvent.class)).extracting(e -> e.userId().value()).containsExactly("admin");

        // The host fixes its publisher and retries: the parked event and the one behind it arrive, in order.
        published.acceptAll();
        assertThat(crm.events().retry(tenant.id(), List.of(parked.get(0).event().meta().eventId()))).isEqualTo(2);
        assertThat(published.eventsOf(tenant.id(), UserEvent.class))
                .extracting(e -> e.getClass().getSimpleName() + ":" + e.userId().value())
                .containsExactly("UserCreated:admin", "UserCreated:bob", "UserUpdated:bob");
        assertThat(crm.events().backlog(tenant.id())).isEqualTo(EventBacklog.EMPTY);
    }

    @Example
    void givenAParkedEvent_whenTheHostDiscardsIt_thenItIsNeverDeliveredAndItsAggregateGoesOn() {
        TestTenant tenant = newTenant();
        Crm crm = retryingCrm(new EventRetryPolicy(1, Duration.ofSeconds(1), Duration.ofSeconds(1)));
        published.refuse(e -> e instanceof UserEvent.UserCreated u && u.userId().equals(UserId.of("bob")));
        var admin = crm.as(Actor.of(tenant.id(), tenant.adminId()));
        var bob = admin.users().create(aUser().withId("bob").build());
        admin.users().update(UserTestData.unchanged(bob).named("Bob Renamed"));
        EventId created = crm.events().parked(tenant.id(), 10).get(0).event().meta().eventId();

        crm.events().discard(tenant.id(), List.of(created));
        crm.events().relay(tenant.id());

        assertThat(published.eventsOf(tenant.id(), UserEvent.class)).extracting(e -> e.getClass().getSimpleName())
                .containsExactly("UserCreated", "UserUpdated");
        assertThat(published.eventsOf(tenant.id(), UserEvent.class)).extracting(e -> e.meta().eventId()).doesNotContain(created);
        assertThat(crm.events().parked(tenant.id(), 10)).isEmpty();
        assertThat(crm.events().backlog(tenant.id())).isEqualTo(EventBacklog.EMPTY);
    }

    @Example
    void givenParkedEvents_whenTheHostNamesOneThatIsNotParkedHere_thenNothingChangesAndTheIdIsNamed() {
        TestTenant tenant = newTenant();
        TestTenant other = newTenant();
        Crm crm = retryingCrm(new EventRetryPolicy(1, Duration.ofSeconds(1), Duration.ofSeconds(1)));
        published.refuse(e -> e instanceof CatalogEvent.CatalogEntryCreated);
        crm.as(Actor.of(tenant.id(), tenant.adminId())).catalogs().create(new CreateCatalogEntry(CatalogKind.TEAM, "North"));
        crm.as(Actor.of(other.id(), other.adminId())).catalogs().create(new CreateCatalogEntry(CatalogKind.TEAM, "South"));
        EventId mine = crm.events().parked(tenant.id(), 10).get(0).event().meta().eventId();
        EventId theirs = crm.events().parked(other.id(), 10).get(0).event().meta().eventId();
        published.acceptAll();

        NotFoundException unknown = thrown(NotFoundException.class,
                () -> crm.events().retry(tenant.id(), List.of(mine, EventId.newId())));
        NotFoundException foreign = thrown(NotFoundException.class,
                () -> crm.events().discard(tenant.id(), List.of(mine, theirs)));

        assertThat(unknown.field()).contains("eventIds[1]");
        assertThat(foreign.field()).contains("eventIds[1]");
        assertThat(foreign.getMessage()).contains("event");
        assertThat(crm.events().parked(tenant.id(), 10)).extracting(p -> p.event().meta().eventId()).containsExactly(mine);
        assertThat(crm.events().parked(other.id(), 10)).extracting(p -> p.event().meta().eventId()).containsExactly(theirs);
        crm.events().discard(tenant.id(), List.of(mine));
        crm.events().discard(other.id(), List.of(theirs));
    }

    @Example
    void givenBadArguments_whenTheEventAdministrationIsCalled_thenEachIsRefusedNamingItsField() {
        TestTenant tenant = newTenant();
        List<EventId> tooMany = IntStream.range(0, EventAdministration.MAX_IDS + 1).mapToObj(i -> EventId.newId()).toList();
        List<EventId> withNull = new java.util.ArrayList<>();
        withNull.add(EventId.newId());
        withNull.add(null);

        assertThat(fieldOf(() -> crm().events().relay(null))).isEqualTo("tenantId");
        assertThat(fieldOf(() -> crm().events().backlog(null))).isEqualTo("tenantId");
        assertThat(fieldOf(() -> crm().events().parked(null, 10))).isEqualTo("tenantId");
        assertThat(fieldOf(() -> crm().events().parked(tenant.id(), 0))).isEqualTo("limit");
        assertThat(fieldOf(() -> crm().events().parked(tenant.id(), EventAdministration.MAX_IDS + 1))).isEqualTo("limit");
        assertThat(fieldOf(() -> crm().events().retry(tenant.id(), null))).isEqualTo("eventIds");
        assertThat(fieldOf(() -> crm().events().retry(tenant.id(), List.of()))).isEqualTo("eventIds");
        assertThat(fieldOf(() -> crm().events().discard(tenant.id(), tooMany))).isEqualTo("eventIds");
        assertThat(fieldOf(() -> crm().events().discard(tenant.id(), withNull))).isEqualTo("eventIds[1]");
        assertThat(fieldOf(() -> crm().events().retry(null, List.of(EventId.newId())))).isEqualTo("tenantId");
        assertThat(fieldOf(() -> new EventRetryPolicy(0, Duration.ofSeconds(1), Duration.ofSeconds(1)))).isEqualTo("maxAttempts");
        assertThat(fieldOf(() -> new EventRetryPolicy(3, Duration.ZERO, Duration.ofSeconds(1)))).isEqualTo("firstDelay");
        assertThat(fieldOf(() -> new EventRetryPolicy(3, Duration.ofSeconds(2), Duration.ofSeconds(1)))).isEqualTo("maxDelay");
        assertThat(fieldOf(() -> Crm.builder().store(store()).eventRetryPolicy(null).build())).isEqualTo("eventRetryPolicy");
    }

    @Example
    void givenEventsACrashLeftInSeveralTenantsOutboxes_whenTheHostSweeps_thenEveryOneIsDeliveredAndParkedOnesAreCounted() {
        TestTenant first = newTenant();
        TestTenant second = newTenant();
        // Committed, then the process died before its relay: nothing but the sweep will deliver these.
        List<DomainEvent> left = List.of(StoreFixtures.userEvent(first.id(), "a"), StoreFixtures.userEvent(first.id(), "b"));
        DomainEvent alsoLeft = StoreFixtures.userEvent(second.id(), "c");
        StoreFixtures.run(store(), first.id(), uow -> uow.outbox().append(left));
        StoreFixtures.run(store(), second.id(), uow -> uow.outbox().append(List.of(alsoLeft)));
        Crm crm = retryingCrm(new EventRetryPolicy(1, Duration.ofSeconds(1), Duration.ofSeconds(1)));
        published.refuse(e -> e.equals(left.get(1)));

        EventSweep sweep = crm.events().sweep();

        assertThat(published.eventsOf(first.id(), UserEvent.UserCreated.class)).contains((UserEvent.UserCreated) left.get(0));
        assertThat(published.eventsOf(second.id(), UserEvent.UserCreated.class)).contains((UserEvent.UserCreated) alsoLeft);
        assertThat(sweep.tenants()).isGreaterThanOrEqualTo(2);
        assertThat(sweep.delivered()).isGreaterThanOrEqualTo(2);
        assertThat(sweep.failed()).isGreaterThanOrEqualTo(1);
        assertThat(sweep.parked()).as("the sweep counts what it parked").isGreaterThanOrEqualTo(1);
        assertThat(crm.events().sweep().parked()).as("and what earlier relays parked").isGreaterThanOrEqualTo(1);
        assertThat(crm.events().backlog(first.id())).isEqualTo(new EventBacklog(1, 1));
        crm.events().discard(first.id(), List.of(left.get(1).meta().eventId()));
    }

    @Example
    void givenAFailureMessageWithControlCharactersAndLoneSurrogates_whenParked_thenItIsStoredCleanAndShortened() {
        TestTenant tenant = newTenant();
        String message = "bad\u0000byte \uD800 and " + "x".repeat(3000);
        Crm crm = Crm.builder().store(store()).clock(clock)
                .eventRetryPolicy(new EventRetryPolicy(1, Duration.ofSeconds(1), Duration.ofSeconds(1)))
                .eventPublisher(event -> {
                    if (event instanceof CatalogEvent) {
                        throw new IllegalStateException(message);
                    }
                }).build();

        crm.as(Actor.of(tenant.id(), tenant.adminId())).catalogs().create(new CreateCatalogEntry(CatalogKind.TEAM, "North"));

        String failure = crm.events().parked(tenant.id(), 1).get(0).failure();
        assertThat(failure).startsWith("java.lang.IllegalStateException: bad byte \uFFFD and xxx")
                .hasSize(DeliveryFailure.MAX_FAILURE_LENGTH);
        crm.events().discard(tenant.id(), List.of(crm.events().parked(tenant.id(), 1).get(0).event().meta().eventId()));
    }

    /** A Crm over the store under test, with the test's clock and publisher and a retry policy of its own. */
    private Crm retryingCrm(EventRetryPolicy policy) {
        return Crm.builder().store(store()).clock(clock).eventPublisher(published).eventRetryPolicy(policy).build();
    }

    /** The one field an invalid call names. */
    private static String fieldOf(org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
        InvalidCommandException invalid = thrown(InvalidCommandException.class, call);
        assertThat(invalid.violations()).hasSize(1);
        return invalid.violations().get(0).path();
    }

    /** A refusal that counts how often it refused. */
    private static final class CountingRefusal implements Predicate<DomainEvent> {

        private final Predicate<DomainEvent> matching;
        private final AtomicInteger refused = new AtomicInteger();

        CountingRefusal(Predicate<DomainEvent> matching) {
            this.matching = matching;
        }

        @Override
        public boolean test(DomainEvent event) {
            boolean refuse = matching.test(event);
            if (refuse) {
                refused.incrementAndGet();
            }
            return refuse;
        }

        int count() {
            return refused.get();
        }
    }

    private static void awaitUninterruptibly(CountDownLatch latch) {
        boolean interrupted = false;
        while (true) {
            try {
                latch.await();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** A Crm over the store under test that relays only when asked. */
    private Crm manualCrm(RecordingPublisher publisher) {
        return Crm.builder().store(store()).clock(clock).eventPublisher(publisher).eventDelivery(EventDelivery.MANUAL).build();
    }

    /** A new tenant administered by "admin", created through the given Crm (its creation records 2 events). */
    private static TenantId tenantOf(Crm crm, String name) {
        TenantId id = uniqueTenantId();
        crm.tenants().create(new CreateTenant(id, name, ZoneId.of("UTC"), Locale.ENGLISH, "Other", UserId.of("admin"), "Admin"));
        return id;
    }
}
