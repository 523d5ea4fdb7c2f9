package dev.crmkit.testkit;

import static dev.crmkit.testkit.UserTestData.aUser;
import static org.assertj.core.api.Assertions.assertThat;

import dev.crmkit.Actor;
import dev.crmkit.Crm;
import dev.crmkit.EventDelivery;
import dev.crmkit.access.CreateTenant;
import dev.crmkit.catalog.CatalogKind;
import dev.crmkit.catalog.CreateCatalogEntry;
import dev.crmkit.common.EventId;
import dev.crmkit.common.InvalidCommandException;
import dev.crmkit.common.TenantId;
import dev.crmkit.common.UserId;
import dev.crmkit.event.CatalogEvent;
import dev.crmkit.event.DomainEvent;
import dev.crmkit.event.UserEvent;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Example;

/**
 * Domain events reach the publisher only after their unit of work commits, in order per aggregate, at
 * least once, each with a stable id; a failing publisher never fails a committed use case.
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
