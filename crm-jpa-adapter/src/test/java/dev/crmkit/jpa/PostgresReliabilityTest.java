package dev.crmkit.jpa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.crmkit.CrmSession;
import dev.crmkit.access.AccessScope;
import dev.crmkit.account.Account;
import dev.crmkit.account.AccountQuery;
import dev.crmkit.account.Classification;
import dev.crmkit.account.ClassifyAccount;
import dev.crmkit.account.CreateAccount;
import dev.crmkit.account.ImportAccounts;
import dev.crmkit.common.AccountId;
import dev.crmkit.common.CardId;
import dev.crmkit.common.NotFoundException;
import dev.crmkit.common.ConflictException;
import dev.crmkit.common.StoreException;
import dev.crmkit.common.UserId;
import dev.crmkit.pipeline.AddComment;
import dev.crmkit.pipeline.BoardFilter;
import dev.crmkit.pipeline.CardOutcome;
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
import dev.crmkit.testkit.ErrorText;
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
 * write moved the version by one and left one history event; every loser got the core's conflict error), a bulk
 * import that fails midway in the database leaves nothing behind, one failing statement in a write (a lost connection
 * on a row's lock or on a read) or a session killed while it waits for a row lock gives {@code StoreException} and
 * stores nothing, never a wrong answer or a success that was not stored.
 */
class PostgresReliabilityTest extends CrmKitSupport {

    private static final int THREADS = 8;
    private static final FaultInjector FAULTS = new FaultInjector();
    private static final JpaCrmStore STORE = JpaCrmStore.fromDataSource(
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
    void givenTheLockOfThePipelineFails_whenACardMoves_thenTheMoveFailsAndTheCardStaysWhereItWas() {
        TestTenant tenant = newTenant();
        Pipeline pipeline = PipelineTestData.aPipeline().createdBy(tenant.admin());
        Card card = tenant.admin().cards().create(PipelineTestData.aCard(pipeline, "Fiber"));

        Throwable failure = failingOnce(sql -> sql.startsWith("select") && sql.contains("from crm_pipeline") && sql.contains(" for "),
                () -> tenant.admin().cards().move(new MoveCard(card.id(), pipeline.stages().get(1).id(), null, card.version())));

        assertThat(failure).isInstanceOf(StoreException.class);
        assertThat(tenant.admin().cards().get(card.id())).as("the card, unmoved").isEqualTo(card);
        assertThat(tenant.admin().cards().move(new MoveCard(card.id(), pipeline.stages().get(1).id(), null, card.version()))
                .stageId()).as("the same move, without the fault").isEqualTo(pipeline.stages().get(1).id());
    }

    @Test
    void givenReadingTheAgendaSettingsFails_whenAnAccountIsDeleted_thenTheDeleteFailsAndTheAccountStays() {
        TestTenant tenant = newTenant();
        AccountId lead = tenant.admin().accounts().create(AccountTestData.anAccount().named("Lead").build()).account().id();

        Throwable failure = failingOnce(sql -> sql.startsWith("select") && sql.contains("from crm_agenda_settings"),
                () -> tenant.admin().accounts().delete(lead));

        assertThat(failure).isInstanceOf(StoreException.class);
        assertThat(tenant.admin().accounts().get(lead).id()).isEqualTo(lead);
        tenant.admin().accounts().delete(lead);
        assertThat(catchThrowable(() -> tenant.admin().accounts().get(lead))).as("deleted, without the fault")
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void givenReadingAResponsibleFails_whenAnAccountIsCreated_thenStoreExceptionNotAnUnknownUser() {
        TestTenant tenant = newTenant();
        // A responsible other than the actor: the actor was read when the use case began and is not read again.
        UserId bob = tenant.addUser("bob", AccessScope.ALL).id();

        Throwable failure = failingOnce(sql -> sql.startsWith("select") && sql.contains("from crm_user") && !sql.contains("crm_tenant"),
                () -> tenant.admin().accounts().create(AccountTestData.anAccount().named("Acme").responsibles(bob).build()));

        assertThat(failure).isInstanceOf(StoreException.class);
        assertThat(tenant.admin().accounts().query(AccountQuery.builder().build()).items()).isEmpty();
    }

    @Test
    void givenReadingACardFails_whenItIsArchived_thenStoreExceptionNotNotFound() {
        TestTenant tenant = newTenant();

        Archive archive = archivedWhileItsReadFails(tenant);

        assertThat(tenant.admin().cards().get(archive.card()).archived()).isFalse();
    }

    @Test
    void givenASessionWaitingForACardsLock_whenItsBackendIsKilled_thenAddCommentRaisesStoreExceptionAndStoresNothing()
            throws Exception {
        TestTenant tenant = newTenant();
        Pipeline pipeline = PipelineTestData.aPipeline().createdBy(tenant.admin());
        Card card = tenant.admin().cards().create(PipelineTestData.aCard(pipeline, "Fiber"));

        Throwable failure = killedWhileWaiting("crm_card", tenant, card.id().value(),
                () -> tenant.admin().cards().addComment(new AddComment(card.id(), "Call back on Monday")));

        assertThat(failure).isInstanceOf(StoreException.class);
        assertThat(tenant.admin().cards().get(card.id())).as("the card, without the comment").isEqualTo(card);
        var comment = tenant.admin().cards().addComment(new AddComment(card.id(), "Call back on Monday"));
        assertThat(tenant.admin().cards().get(card.id()).comments())
                .as("the same comment, once the lock is gone").containsExactly(comment);
    }

    @Test
    void givenASessionWaitingForAnAccountsLock_whenItsBackendIsKilled_thenClassifyRaisesStoreExceptionAndStoresNothing()
            throws Exception {
        TestTenant tenant = newTenant();
        Account account = tenant.admin().accounts().create(AccountTestData.anAccount().named("Acme").build()).account();

        Throwable failure = killedWhileWaiting("crm_account", tenant, account.id().value(),
                () -> tenant.admin().accounts().classify(new ClassifyAccount(account.id(), Classification.CUSTOMER, null)));

        assertThat(failure).isInstanceOf(StoreException.class);
        assertThat(tenant.admin().accounts().get(account.id())).as("the account, unclassified").isEqualTo(account);
        assertThat(tenant.admin().accounts().classify(new ClassifyAccount(account.id(), Classification.CUSTOMER, null))
                .classification()).isEqualTo(Classification.CUSTOMER);
    }

    @Test
    void givenAStatementFails_whenTheStoreReportsIt_thenTheErrorNamesTheSqlStateAndCarriesNoSqlAndNoDriverException() {
        Throwable failure = archivedWhileItsReadFails(newTenant()).failure();

        assertThat(failure).hasNoCause();
        assertThat(ErrorText.sqlIn(failure)).as("SQL in the error").isNull();
        assertThat(failure.getMessage()).contains("SQLState 08006");
    }

    @Test
    void givenAHostThatKeepsDriverExceptions_whenAStatementFails_thenTheDriversExceptionIsTheCause() {
        Throwable failure;

        STORE.keepDriverExceptions(true);
        try {
            failure = archivedWhileItsReadFails(newTenant()).failure();
        } finally {
            STORE.keepDriverExceptions(false);
        }

        assertThat(failure).hasRootCauseInstanceOf(SQLException.class);
        assertThat(failure.getMessage()).doesNotContain("select");
    }

    /** A card archived while its read failed, and what the archive raised. */
    private record Archive(CardId card, Throwable failure) {}

    /** Archives a new card with its read failing as a lost connection (failingOnce checks it raised StoreException). */
    private static Archive archivedWhileItsReadFails(TestTenant tenant) {
        Pipeline pipeline = PipelineTestData.aPipeline().createdBy(tenant.admin());
        Card card = tenant.admin().cards().create(PipelineTestData.aCard(pipeline, "Fiber"));
        return new Archive(card.id(), failingOnce(sql -> sql.startsWith("select") && sql.contains("from crm_card"),
                () -> tenant.admin().cards().archive(new CardOutcome(card.id(), null))));
    }

    /**
     * Runs a call with the first statement that matches failing as a lost connection; checks it raised a
     * StoreException whose message quotes no SQL, and returns it.
     */
    private static Throwable failingOnce(java.util.function.Predicate<String> statement, Runnable call) {
        FAULTS.failFirst(statement);
        try {
            Throwable failure = catchThrowable(call::run);
            assertThat(FAULTS.injected.get()).as("the fault fired").isEqualTo(1);
            assertThat(failure).as("what the call raised").isInstanceOf(StoreException.class);
            assertThat(failure.getMessage()).as("the message").doesNotContainIgnoringCase("select ").doesNotContainIgnoringCase("from crm_");
            return failure;
        } finally {
            FAULTS.disarm();
        }
    }

    /**
     * Runs a call while another session holds the lock of a row it changes, kills the call's session once it waits
     * for that lock ({@code pg_terminate_backend}), then lets the row go; returns what the call raised.
     */
    private static Throwable killedWhileWaiting(String table, TestTenant tenant, java.util.UUID id, Runnable call) throws Exception {
        ExecutorService caller = Executors.newSingleThreadExecutor();
        try (Connection holder = Databases.postgres().getConnection(); Connection admin = Databases.postgres().getConnection()) {
            holder.setAutoCommit(false);
            try (PreparedStatement lock = holder.prepareStatement(
                    "select 1 from " + table + " where tenant_id = ? and id = ? for update")) {
                lock.setString(1, tenant.id().value());
                lock.setObject(2, id);
                lock.executeQuery().close();
            }
            int holderPid;
            try (PreparedStatement pid = holder.prepareStatement("select pg_backend_pid()"); ResultSet rows = pid.executeQuery()) {
                rows.next();
                holderPid = rows.getInt(1);
            }
            Future<Throwable> outcome = caller.submit(() -> catchThrowable(call::run));
            int waiter = 0;
            for (int i = 0; i < 500 && waiter == 0; i++) {
                try (PreparedStatement blocked = admin.prepareStatement(
                        "select pid from pg_stat_activity where ? = any(pg_blocking_pids(pid))")) {
                    blocked.setInt(1, holderPid);
                    try (ResultSet rows = blocked.executeQuery()) {
                        waiter = rows.next() ? rows.getInt(1) : 0;
                    }
                }
                if (waiter == 0) {
                    Thread.sleep(20);
                }
            }
            assertThat(waiter).as("a session waiting for the row's lock").isPositive();
            try (PreparedStatement kill = admin.prepareStatement("select pg_terminate_backend(?, 10000)")) {
                kill.setInt(1, waiter);
                kill.execute();
            }
            Throwable failure = outcome.get(60, TimeUnit.SECONDS);
            holder.rollback();
            return failure;
        } finally {
            caller.shutdownNow();
        }
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
        assertThat(ErrorText.sqlIn(failure)).as("SQL in the error").isNull();
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

    /**
     * Fails one statement of the armed thread with an SQLException, as a broken connection would: the second batch of
     * inserts into the account's tables (the accounts' batch went through: an import of a few hundred rows is one batch
     * per table), or the first statement whose SQL matches.
     */
    private static final class FaultInjector implements QueryExecutionListener {

        private final ThreadLocal<int[]> armed = new ThreadLocal<>();
        private final ThreadLocal<java.util.function.Predicate<String>> matching = new ThreadLocal<>();
        final AtomicInteger injected = new AtomicInteger();

        void failSecondAccountBatch(TestTenant tenant) {
            injected.set(0);
            armed.set(new int[] {0});
        }

        void failFirst(java.util.function.Predicate<String> statement) {
            injected.set(0);
            matching.set(statement);
        }

        void disarm() {
            armed.remove();
            matching.remove();
        }

        @Override
        public void beforeQuery(ExecutionInfo execInfo, List<QueryInfo> queryInfoList) {
            java.util.function.Predicate<String> statement = matching.get();
            if (statement != null && queryInfoList.stream().anyMatch(q -> statement.test(q.getQuery().toLowerCase(java.util.Locale.ROOT)))) {
                matching.remove();
                injected.incrementAndGet();
                throw sneaky(new SQLException("injected database failure", "08006"));
            }
            int[] accountBatches = armed.get();
            if (accountBatches != null && execInfo.isBatch()
                    && queryInfoList.stream().anyMatch(q -> q.getQuery().startsWith("insert into crm_account"))
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
