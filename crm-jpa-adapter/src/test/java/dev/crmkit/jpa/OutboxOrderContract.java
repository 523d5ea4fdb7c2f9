package dev.crmkit.jpa;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crmkit.Crm;
import dev.crmkit.access.CreateTenant;
import dev.crmkit.account.SetCharacteristicValue;
import dev.crmkit.catalog.CatalogDetails;
import dev.crmkit.catalog.CatalogEntry;
import dev.crmkit.catalog.CatalogKind;
import dev.crmkit.catalog.CharacteristicValueType;
import dev.crmkit.common.AccountId;
import dev.crmkit.common.CatalogEntryId;
import dev.crmkit.common.EventId;
import dev.crmkit.common.TenantId;
import dev.crmkit.common.UserId;
import dev.crmkit.event.AggregateRef;
import dev.crmkit.event.DomainEvent;
import dev.crmkit.spi.CrmStore;
import dev.crmkit.spi.EventPublisher;
import dev.crmkit.spi.TransactionMode;
import dev.crmkit.testkit.AccountTestData;
import dev.crmkit.testkit.StoreFixtures;
import dev.crmkit.testkit.TestClock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The outbox under concurrent writers and a flaky publisher: every committed event reaches the publisher at least
 * once, and each aggregate's events arrive in the order they were committed (for one aggregate, the order of their
 * time-ordered event ids: a writer locks the aggregate before it records its event).
 */
abstract class OutboxOrderContract {

    private static final int THREADS = 4;
    private static final int ROUNDS = 10;

    /** @return the store under test */
    protected abstract CrmStore store();

    @Test
    void givenFourWritersAndAFlakyPublisher_whenEveryEventIsRelayed_thenEachAggregatesEventsArriveInCommitOrder()
            throws Exception {
        TenantId tenant = TenantId.of("outbox-" + UUID.randomUUID());
        FlakyPublisher publisher = new FlakyPublisher(tenant);
        TestClock clock = new TestClock(Instant.parse("2026-03-02T12:00:00Z"));
        Crm crm = Crm.builder().store(store()).clock(clock).eventPublisher(publisher).build();
        UserId admin = UserId.of("admin");
        crm.tenants().create(new CreateTenant(tenant, "Outbox", ZoneId.of("UTC"), Locale.ENGLISH, "Other", admin, "Admin"));
        CatalogEntryId trait = store().inTransaction(tenant, TransactionMode.READ_WRITE, uow -> uow.catalog().insert(
                CatalogEntry.create(CatalogKind.CHARACTERISTIC_TYPE, "Trait",
                        new CatalogDetails.Characteristic(CharacteristicValueType.TEXT, List.of()), clock.instant()))
                .id());
        var session = crm.as(dev.crmkit.Actor.of(tenant.value(), admin.value()));
        AccountId shared = session.accounts().create(AccountTestData.anAccount().named("Shared").build()).account().id();
        List<AccountId> own = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            own.add(session.accounts().create(AccountTestData.anAccount().named("Own " + i).build()).account().id());
        }

        CyclicBarrier start = new CyclicBarrier(THREADS);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int thread = t;
                done.add(pool.submit(() -> {
                    start.await(30, TimeUnit.SECONDS);
                    for (int round = 0; round < ROUNDS; round++) {
                        session.accounts().setCharacteristic(new SetCharacteristicValue(shared, trait, thread + "/" + round));
                        session.accounts().setCharacteristic(new SetCharacteristicValue(own.get(thread), trait, "r" + round));
                    }
                    return null;
                }));
            }
            for (Future<?> future : done) {
                future.get(120, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        // A refused event and its aggregate's later ones wait for its next attempt: let the retries come.
        for (int round = 0; round < 20 && crm.events().backlog(tenant).waiting() > 0; round++) {
            clock.advance(Duration.ofMinutes(10));
            crm.events().relay(tenant);
        }

        assertThat(publisher.failures.get()).as("the publisher failed on some events").isPositive();
        Map<AggregateRef, List<EventId>> firstDeliveries = publisher.firstDeliveries();
        List<EventId> ofShared = firstDeliveries.get(new AggregateRef("account", shared.toString()));
        assertThat(ofShared).as("the shared account's events").hasSizeGreaterThanOrEqualTo(THREADS * ROUNDS);
        firstDeliveries.forEach((aggregate, ids) -> assertThat(ids).as("events of %s in commit order", aggregate).isSorted());
        for (AccountId account : own) {
            assertThat(firstDeliveries.get(new AggregateRef("account", account.toString())))
                    .as("events of %s", account).hasSizeGreaterThanOrEqualTo(ROUNDS + 1);
        }
        assertThat(StoreFixtures.unpublished(store(), tenant)).as("nothing left in the outbox").isEmpty();
    }

    /** Records the tenant's events, failing once on every fifth new one (the relay offers it again later). */
    private static final class FlakyPublisher implements EventPublisher {

        private final TenantId tenant;
        private final AtomicInteger seen = new AtomicInteger();
        private final AtomicInteger failures = new AtomicInteger();
        private final Set<EventId> failedOnce = ConcurrentHashMap.newKeySet();
        private final List<DomainEvent> delivered = Collections.synchronizedList(new ArrayList<>());

        FlakyPublisher(TenantId tenant) {
            this.tenant = tenant;
        }

        @Override
        public void publish(DomainEvent event) {
            if (!event.meta().tenantId().equals(tenant)) {
                return;
            }
            if (seen.incrementAndGet() % 5 == 0 && failedOnce.add(event.meta().eventId())) {
                failures.incrementAndGet();
                throw new IllegalStateException("publisher down for " + event.meta().eventId());
            }
            delivered.add(event);
        }

        /** Each aggregate's events in the order they were first delivered (a redelivery is deduplicated by id). */
        Map<AggregateRef, List<EventId>> firstDeliveries() {
            Map<AggregateRef, LinkedHashSet<EventId>> byAggregate = new HashMap<>();
            synchronized (delivered) {
                for (DomainEvent event : delivered) {
                    byAggregate.computeIfAbsent(event.aggregate(), a -> new LinkedHashSet<>()).add(event.meta().eventId());
                }
            }
            Map<AggregateRef, List<EventId>> result = new HashMap<>();
            byAggregate.forEach((aggregate, ids) -> result.put(aggregate, List.copyOf(ids)));
            return result;
        }
    }
}
