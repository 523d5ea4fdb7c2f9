package dev.crmkit.benchmarks;

import dev.crmkit.Actor;
import dev.crmkit.Crm;
import dev.crmkit.CrmSession;
import dev.crmkit.access.AccessScope;
import dev.crmkit.access.CreateTenant;
import dev.crmkit.access.CreateUser;
import dev.crmkit.access.CrmUser;
import dev.crmkit.access.UpdateUser;
import dev.crmkit.common.TenantId;
import dev.crmkit.inmemory.InMemoryCrmStore;
import java.time.ZoneId;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * One tenant's write while another tenant's event publisher is slow: tenant A's writer commits without pause, and
 * the publisher takes {@code publishMillis} for each of A's events (a slow broker, a host's synchronous call);
 * tenant B's publisher is instant. The benchmark measures B's write (a user renamed, its event relayed after the
 * commit) with A's publisher at 1 ms and at 200 ms (target: B's write as fast beside either). On the in-memory store,
 * so that the figure is the relay's, not a database's; both writers rename a user, so nothing piles up in memory.
 * Sampled, so that the report's JSON has the percentiles: a write held by the other tenant's relay shows in the
 * tail (p99, max), where the mean of many unheld writes would hide it.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class SlowPublisherBenchmark {

    /** How long tenant A's publisher takes for each event. */
    @Param({"1", "200"})
    public int publishMillis;

    private static final TenantId SLOW = TenantId.of("slow-publisher");
    private static final TenantId FAST = TenantId.of("fast-publisher");

    private final AtomicBoolean running = new AtomicBoolean();
    private Thread slowWriter;
    private CrmSession fast;
    private CrmUser renamed;

    /** Two tenants, and tenant A's writer started. */
    @Setup(Level.Trial)
    public void start() {
        Crm crm = Crm.builder().store(new InMemoryCrmStore()).eventPublisher(event -> {
            if (event.meta().tenantId().equals(SLOW)) {
                pause(publishMillis);
            }
        }).build();
        for (TenantId tenant : new TenantId[] {SLOW, FAST}) {
            crm.tenants().create(new CreateTenant(tenant, tenant.value(), ZoneId.of("UTC"), Locale.ENGLISH, "Other",
                    Dataset.user(0), "Admin"));
        }
        fast = crm.as(Actor.of(FAST, Dataset.user(0)));
        renamed = fast.users().create(new CreateUser(Dataset.user(1), "Renamed", null, AccessScope.ALL, false));
        CrmSession slow = crm.as(Actor.of(SLOW, Dataset.user(0)));
        CrmUser slowUser = slow.users().create(new CreateUser(Dataset.user(1), "Renamed", null, AccessScope.ALL, false));
        running.set(true);
        slowWriter = new Thread(() -> {
            CrmUser user = slowUser;
            while (running.get()) {
                user = slow.users().update(rename(user));
            }
        }, "tenant-a-writer");
        slowWriter.setDaemon(true);
        slowWriter.start();
        // Let tenant A's writer reach its publisher before the first measured write.
        pause(publishMillis * 2L);
    }

    /** Stops tenant A's writer. */
    @TearDown(Level.Trial)
    public void stop() throws InterruptedException {
        running.set(false);
        slowWriter.join(TimeUnit.SECONDS.toMillis(30));
    }

    /**
     * @return tenant B's renamed user, its event delivered
     */
    @Benchmark
    public CrmUser otherTenantWrite() {
        renamed = fast.users().update(rename(renamed));
        return renamed;
    }

    /** The user under the other of two names. */
    private static UpdateUser rename(CrmUser user) {
        return new UpdateUser(user.id(), user.displayName().equals("Renamed") ? "Renamed again" : "Renamed", null,
                AccessScope.ALL, false, user.version());
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
