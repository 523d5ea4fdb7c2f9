package dev.crmkit.jpa;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crmkit.CrmSession;
import dev.crmkit.access.AccessScope;
import dev.crmkit.account.AccountQuery;
import dev.crmkit.account.CreateAccount;
import dev.crmkit.account.ImportAccounts;
import dev.crmkit.common.CardId;
import dev.crmkit.common.ConflictException;
import dev.crmkit.common.StoreException;
import dev.crmkit.common.UserId;
import dev.crmkit.pipeline.BoardFilter;
import dev.crmkit.pipeline.Card;
import dev.crmkit.pipeline.CardSummary;
import dev.crmkit.pipeline.HistoryEntry;
import dev.crmkit.pipeline.MoveCard;
import dev.crmkit.pipeline.Pipeline;
import dev.crmkit.pipeline.StageColumn;
import dev.crmkit.pipeline.UpdateCard;
import dev.crmkit.spi.CrmStore;
import dev.crmkit.testkit.AccountTestData;
import dev.crmkit.testkit.CrmKitSupport;
import dev.crmkit.testkit.PipelineTestData;
import dev.crmkit.testkit.TestTenant;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import net.ttddyy.dsproxy.ExecutionInfo;
import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.listener.QueryExecutionListener;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;
import org.junit.jupiter.api.Test;

/**
 * Reliability on a real PostgreSQL: eight threads changing and moving the same cards lose no update (every landed
 * write moved the version by one and left one history event; every loser got the core's conflict error), and a
 * bulk import that fails midway in the database leaves nothing behind.
 */
class PostgresReliabilityTest extends CrmKitSupport {

    private static final int THREADS = 8;
    private static final FaultInjector FAULTS = new FaultInjector();
    private static final CrmStore STORE = JpaCrmStore.fromDataSource(
            ProxyDataSourceBuilder.create(Databases.postgres()).listener(FAULTS).build());

    @Override
    protected CrmStore store() {
        return STORE;
    }

    @Test
    void givenEightThreadsChangingAndMovingTwoCards_whenTheyRace_thenNoUpdateIsLostAndEveryLoserGetsAConflict()
            throws Exception {
        TestTenant tenant = newTenant();
        List<CrmSession> actors = new ArrayList<>();
        List<UserId> users = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            users.add(tenant.addUser("racer" + i, AccessScope.ALL).id());
            actors.add(tenant.as(users.get(i)));
        }
        Pipeline pipeline = PipelineTestData.aPipeline().withUsers(users.toArray(UserId[]::new)).createdBy(tenant.admin());
        List<CardId> cards = List.of(
                tenant.admin().cards().create(PipelineTestData.aCard(pipeline, "First")).id(),
                tenant.admin().cards().create(PipelineTestData.aCard(pipeline, "Second")).id());
        Map<CardId, AtomicInteger> landed = new ConcurrentHashMap<>();
        cards.forEach(id -> landed.put(id, new AtomicInteger()));
        AtomicInteger conflicts = new AtomicInteger();
        CyclicBarrier start = new CyclicBarrier(THREADS);

        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int thread = t;
                done.add(pool.submit(() -> {
                    start.await(30, TimeUnit.SECONDS);
                    CrmSession actor = actors.get(thread);
                    for (int n = 0; n < 12; n++) {
                        CardId id = cards.get((thread + n) % 2);
                        Card current = actor.cards().get(id);
                        try {
                            if (n % 2 == 0) {
                                actor.cards().update(new UpdateCard(id, "By " + thread + " #" + n, null, current.labels(),
                                        current.members(), null, null, null, null, current.version()));
                            } else {
                                actor.cards().move(new MoveCard(id, pipeline.stages().get((thread + n) % 3).id(), null,
                                        current.version()));
                            }
                            landed.get(id).incrementAndGet();
                        } catch (ConflictException e) {
                            assertThat(e.code()).isEqualTo(ConflictException.STALE_VERSION);
                            conflicts.incrementAndGet();
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> future : done) {
                future.get(180, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(conflicts.get()).as("writers lost races").isPositive();
        for (CardId id : cards) {
            Card stored = tenant.admin().cards().get(id);
            // A write that lands without moving anything (a move to where the card already is) changes no version.
            List<HistoryEntry> history = tenant.admin().pipelines().cardHistory(id, null, 500).items();
            long changes = history.stream().map(HistoryEntry::eventId).distinct().count() - 1;
            assertThat(stored.version().value()).as("one version per change of %s", id).isEqualTo(1 + changes);
            assertThat(changes).as("changes of %s", id).isLessThanOrEqualTo(landed.get(id).get()).isPositive();
        }
        List<StageColumn> columns = tenant.admin().cards().board(pipeline.id(), BoardFilter.builder().build()).columns();
        List<CardId> onBoard = columns.stream().flatMap(c -> c.cards().stream()).map(CardSummary::id).toList();
        assertThat(onBoard).as("each card once on the board").containsExactlyInAnyOrderElementsOf(cards);
    }

    @Test
    void givenABulkImport_whenTheDatabaseFailsMidway_thenNothingOfItRemains() throws SQLException {
        TestTenant tenant = newTenant();
        List<CreateAccount> rows = new ArrayList<>();
        for (int i = 0; i < 250; i++) {
            rows.add(AccountTestData.anAccount().named("Imported %03d".formatted(i)).build());
        }

        FAULTS.failSecondAccountBatch(tenant);
        Throwable failure;
        try {
            failure = org.assertj.core.api.Assertions.catchThrowable(
                    () -> tenant.admin().accounts().importAccounts(new ImportAccounts(rows)));
        } finally {
            FAULTS.disarm();
        }

        assertThat(failure).isInstanceOf(StoreException.class);
        assertThat(FAULTS.injected.get()).as("the fault fired").isEqualTo(1);
        assertThat(tenant.admin().accounts().query(AccountQuery.builder().withTotal().build()).items()).isEmpty();
        for (String table : List.of("crm_account", "crm_account_responsible", "crm_account_name_trigram", "crm_timeline",
                "crm_outbox")) {
            assertThat(rowsOf(table, tenant)).as(table).isZero();
        }
        List<?> imported = tenant.admin().accounts().importAccounts(new ImportAccounts(rows));
        assertThat(imported).as("the same import, without the fault").hasSize(250);
    }

    private static long rowsOf(String table, TestTenant tenant) throws SQLException {
        try (Connection connection = Databases.postgres().getConnection();
                PreparedStatement count = connection.prepareStatement("select count(*) from " + table + " where tenant_id = ?")) {
            count.setString(1, tenant.id().value());
            try (ResultSet rows = count.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    /** Fails the second batch of account inserts of the armed thread with an SQLException, as a broken connection would. */
    private static final class FaultInjector implements QueryExecutionListener {

        private final ThreadLocal<int[]> armed = new ThreadLocal<>();
        final AtomicInteger injected = new AtomicInteger();

        void failSecondAccountBatch(TestTenant tenant) {
            armed.set(new int[] {0});
        }

        void disarm() {
            armed.remove();
        }

        @Override
        public void beforeQuery(ExecutionInfo execInfo, List<QueryInfo> queryInfoList) {
            int[] accountBatches = armed.get();
            if (accountBatches != null && execInfo.isBatch()
                    && queryInfoList.stream().anyMatch(q -> q.getQuery().startsWith("insert into crm_account "))
                    && ++accountBatches[0] == 2) {
                injected.incrementAndGet();
                throw sneaky(new SQLException("injected database failure", "08006"));
            }
        }

        @Override
        public void afterQuery(ExecutionInfo execInfo, List<QueryInfo> queryInfoList) {}

        /** Throws a checked SQLException through a listener method that declares none, as the driver would. */
        @SuppressWarnings("unchecked")
        private static <E extends Throwable> RuntimeException sneaky(Throwable e) throws E {
            throw (E) e;
        }
    }
}
