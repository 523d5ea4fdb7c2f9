package dev.crmkit.testkit;

import static dev.crmkit.testkit.AccountTestData.anAccount;
import static org.assertj.core.api.Assertions.assertThat;

import dev.crmkit.Actor;
import dev.crmkit.Crm;
import dev.crmkit.CrmSession;
import dev.crmkit.account.Account;
import dev.crmkit.common.TenantId;
import dev.crmkit.quote.CreateQuote;
import dev.crmkit.quote.Quote;
import dev.crmkit.quote.QuoteLineInput;
import dev.crmkit.quote.QuoteSummary;
import dev.crmkit.spi.CrmStore;
import dev.crmkit.spi.OutboxBacklog;
import dev.crmkit.spi.TransactionMode;
import dev.crmkit.spi.UnitOfWork;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.LongStream;
import net.jqwik.api.Example;

/**
 * Quote numbers under concurrent creators: sixteen at once, some of whose units of work roll back after their number
 * was taken, leave the tenant's numbers without a gap and without a duplicate.
 */
public abstract class QuoteNumberingContract extends CrmKitSupport {

    private static final int CREATORS = 16;
    private static final int EACH = 5;

    /** A creation on a thread marked so rolls back after its work (number taken, quote written) returned. */
    private static final ThreadLocal<Boolean> ROLL_BACK = ThreadLocal.withInitial(() -> false);

    /** The store under test, whose units of work roll back at the end on a marked thread. */
    private record RollingBack(CrmStore store) implements CrmStore {

        @Override
        public <T> T inTransaction(TenantId tenantId, TransactionMode mode, Function<UnitOfWork, T> work) {
            return store.inTransaction(tenantId, mode, uow -> {
                T result = work.apply(uow);
                if (ROLL_BACK.get() && mode == TransactionMode.READ_WRITE) {
                    throw new IllegalStateException("the host's transaction rolled back");
                }
                return result;
            });
        }

        @Override
        public List<OutboxBacklog> outboxBacklog(Instant now) {
            return store.outboxBacklog(now);
        }
    }

    @Example
    void givenSixteenCreatorsAtOnceSomeRollingBack_whenTheyFinish_thenTheNumbersHaveNoGapAndNoDuplicate() throws Exception {
        TestTenant tenant = newTenant();
        Account account = tenant.admin().accounts().create(anAccount().withLedger(null, false, false).build()).account();
        Crm rolling = Crm.builder().store(new RollingBack(store())).documentStore(documentStore()).clock(clock).build();
        CrmSession admin = rolling.as(Actor.of(tenant.id().value(), tenant.adminId().value()));
        CreateQuote create = CreateQuote.builder(account.id()).currency(java.util.Currency.getInstance("BRL"))
                .lines(QuoteLineInput.text("Serviço", BigDecimal.ONE, BigDecimal.TEN)).build();
        CyclicBarrier start = new CyclicBarrier(CREATORS);
        ExecutorService pool = Executors.newFixedThreadPool(CREATORS);
        List<Future<List<Object>>> creators = new ArrayList<>();
        try {
            for (int c = 0; c < CREATORS; c++) {
                int creator = c;
                creators.add(pool.submit(() -> {
                    start.await(60, TimeUnit.SECONDS);
                    List<Object> outcomes = new ArrayList<>();
                    for (int i = 0; i < EACH; i++) {
                        ROLL_BACK.set((creator + i) % 3 == 0);
                        try {
                            outcomes.add(admin.quotes().create(create));
                        } catch (RuntimeException e) {
                            outcomes.add(e);
                        } finally {
                            ROLL_BACK.set(false);
                        }
                    }
                    return outcomes;
                }));
            }
            List<Object> outcomes = new ArrayList<>();
            for (Future<List<Object>> creator : creators) {
                outcomes.addAll(creator.get(300, TimeUnit.SECONDS));
            }

            List<Quote> created = outcomes.stream().filter(Quote.class::isInstance).map(Quote.class::cast).toList();
            long rolledBack = LongStream.range(0, CREATORS).flatMap(c -> LongStream.range(0, EACH).filter(i -> (c + i) % 3 == 0))
                    .count();
            assertThat(outcomes).filteredOn(o -> !(o instanceof Quote)).as("the rolled-back creations").hasSize((int) rolledBack);
            assertThat(created).hasSize(CREATORS * EACH - (int) rolledBack);
            List<QuoteSummary> stored = tenant.admin().quotes().ofAccount(account.id());
            assertThat(stored).extracting(s -> s.quote().sequence()).as("gapless from 1, newest first")
                    .containsExactlyElementsOf(LongStream.rangeClosed(1, created.size()).map(n -> created.size() + 1 - n)
                            .boxed().toList());
            assertThat(stored).extracting(s -> s.quote().number()).doesNotHaveDuplicates();
            assertThat(created).extracting(Quote::sequence).doesNotHaveDuplicates()
                    .allMatch(n -> n >= 1 && n <= created.size());
            assertThat(tenant.admin().quotes().create(create).sequence()).isEqualTo(created.size() + 1L);
        } finally {
            pool.shutdown();
            assertThat(pool.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
        }
    }
}
