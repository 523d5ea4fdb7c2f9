package dev.crmkit.testkit;

import static dev.crmkit.testkit.AccountTestData.anAccount;
import static dev.crmkit.testkit.PipelineTestData.aPipeline;
import static org.assertj.core.api.Assertions.assertThat;

import dev.crmkit.CrmSession;
import dev.crmkit.access.AccessScope;
import dev.crmkit.account.Account;
import dev.crmkit.agenda.AgendaEntry;
import dev.crmkit.agenda.AgendaRule;
import dev.crmkit.agenda.OverdueBalance;
import dev.crmkit.agenda.PeriodicCall;
import dev.crmkit.agenda.RuleRun;
import dev.crmkit.agenda.Schedule;
import dev.crmkit.agenda.UpdateAgendaSettings;
import dev.crmkit.common.Money;
import dev.crmkit.common.NotFoundException;
import dev.crmkit.common.TenantId;
import dev.crmkit.document.AttachDocument;
import dev.crmkit.document.DocumentKind;
import dev.crmkit.event.AgendaEvent;
import dev.crmkit.pipeline.BoardFilter;
import dev.crmkit.pipeline.Card;
import dev.crmkit.pipeline.CardSummary;
import dev.crmkit.pipeline.CreateCard;
import dev.crmkit.pipeline.NewStage;
import dev.crmkit.pipeline.Pipeline;
import dev.crmkit.pipeline.TriState;
import dev.crmkit.spi.BalanceSource;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import net.jqwik.api.Example;

/**
 * The agenda rules: each creates its entry once per trigger (a stagnant card, a contract about to expire, a
 * periodic call's day, an overdue balance), however often and however concurrently the host runs them.
 */
public abstract class AgendaRulesContract extends CrmKitSupport {

    private static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);

    /** The overdue balances the host's billing reports, per tenant. */
    private final Map<TenantId, List<OverdueBalance>> overdue = new ConcurrentHashMap<>();

    @Override
    protected BalanceSource balanceSource() {
        return (tenantId, today) -> overdue.getOrDefault(tenantId, List.of());
    }

    @Example
    void givenACardThatBecameStagnant_whenTheRulesRunTwice_thenOneFollowUpIsOnItsBoardAndTimeline() {
        TestTenant tenant = newTenant();
        CrmSession admin = tenant.admin();
        var bob = tenant.addUser("bob", AccessScope.ALL);
        Pipeline pipeline = aPipeline().withStages(List.of(new NewStage("Open", "#CCCCCC", 3))).withUsers(bob.id()).createdBy(admin);
        Account acme = admin.accounts().create(anAccount().named("ACME").build()).account();
        Card card = admin.cards().create(new CreateCard(pipeline.id(), null, "Fiber", null, null, null, bob.id(), null, null, acme.id()));

        RuleRun early = crm().agendaRules().run(tenant.id(), START.plus(Duration.ofDays(2)));
        Instant later = START.plus(Duration.ofDays(4));
        RuleRun first = crm().agendaRules().run(tenant.id(), later);
        RuleRun second = crm().agendaRules().run(tenant.id(), later);

        assertThat(early.totalCreated()).isZero();
        assertThat(first.created()).containsEntry(AgendaRule.STAGNANT_CARD, 1);
        assertThat(second.totalCreated()).isZero();
        assertThat(second.alreadyPresent()).containsEntry(AgendaRule.STAGNANT_CARD, 1);
        List<AgendaEntry> entries = admin.agenda().ofAccount(acme.id());
        assertThat(entries).singleElement().satisfies(e -> {
            assertThat(e.cardId()).contains(card.id());
            assertThat(e.userId()).isEqualTo(bob.id());
            assertThat(e.createdBy()).isEmpty();
            assertThat(e.createdAt()).isEqualTo(later);
            assertThat(e.schedule()).contains(new Schedule.AnyTimeOn(MONDAY.plusDays(4)));
            assertThat(e.description()).contains("Fiber");
        });
        assertThat(admin.cards().board(pipeline.id(), BoardFilter.builder().hasTasks(TriState.YES).build()).columns().stream()
                .flatMap(c -> c.cards().stream()).map(CardSummary::openTasks)).containsExactly(1L);
        assertThat(published.eventsOf(tenant.id(), AgendaEvent.AgendaEntryCreated.class)).singleElement()
                .satisfies(e -> assertThat(e.rule()).isEqualTo(AgendaRule.STAGNANT_CARD));
        assertThat(admin.accounts().timeline(acme.id(), null, 1).items().get(0).summary()).contains("stagnant card follow-up");
    }

    @Example
    void givenAContractExpiringWithinTheNotice_whenTheRulesRun_thenOneReminderIsCreated() {
        TestTenant tenant = newTenant();
        CrmSession admin = tenant.admin();
        Account acme = admin.accounts().create(anAccount().build()).account();
        admin.documents().attach(new AttachDocument(acme.id(), DocumentKind.CONTRACT, "Contrato 2026", "c.pdf", "application/pdf",
                MONDAY.minusYears(1), MONDAY.plusDays(40)), new ByteArrayInputStream(new byte[] {1, 2, 3}));
        admin.agenda().updateSettings(UpdateAgendaSettings.from(admin.agenda().settings()).withContractNoticeDays(30));

        RuleRun tooEarly = crm().agendaRules().run(tenant.id(), START.plus(Duration.ofDays(5)));
        RuleRun inNotice = crm().agendaRules().run(tenant.id(), START.plus(Duration.ofDays(12)));
        RuleRun again = crm().agendaRules().run(tenant.id(), START.plus(Duration.ofDays(20)));
        RuleRun expired = crm().agendaRules().run(tenant.id(), START.plus(Duration.ofDays(45)));

        assertThat(tooEarly.created()).containsEntry(AgendaRule.CONTRACT_EXPIRING, 0);
        assertThat(inNotice.created()).containsEntry(AgendaRule.CONTRACT_EXPIRING, 1);
        assertThat(again.alreadyPresent()).containsEntry(AgendaRule.CONTRACT_EXPIRING, 1);
        assertThat(expired.totalCreated()).isZero();
        assertThat(admin.agenda().ofAccount(acme.id())).singleElement()
                .satisfies(e -> assertThat(e.description()).contains("Contrato 2026", MONDAY.plusDays(40).toString()));
    }

    @Example
    void givenAPeriodicCall_whenTheRulesRunOverWeeks_thenOneCallIsDuePerPeriod() {
        TestTenant tenant = newTenant();
        CrmSession admin = tenant.admin();
        var bob = tenant.addUser("bob", AccessScope.ALL);
        Account acme = admin.accounts().create(anAccount().named("ACME").build()).account();
        admin.agenda().updateSettings(UpdateAgendaSettings.from(admin.agenda().settings())
                .withPeriodicCalls(List.of(new PeriodicCall(acme.id(), 7, MONDAY, bob.id(), null))));

        for (int day = 0; day < 15; day++) {
            crm().agendaRules().run(tenant.id(), START.plus(Duration.ofDays(day)));
        }

        assertThat(admin.agenda().ofAccount(acme.id())).extracting(e -> e.schedule().orElseThrow()).containsExactlyInAnyOrder(
                new Schedule.AnyTimeOn(MONDAY), new Schedule.AnyTimeOn(MONDAY.plusDays(7)), new Schedule.AnyTimeOn(MONDAY.plusDays(14)));
        assertThat(admin.agenda().tasks(bob.id()).all()).hasSize(3);
    }

    @Example
    void givenOverdueBalancesTheHostReports_whenTheRulesRun_thenOneReminderPerDebtGoesToTheSalesperson() {
        TestTenant tenant = newTenant();
        CrmSession admin = tenant.admin();
        var bob = tenant.addUser("bob", AccessScope.ALL);
        Account acme = admin.accounts().create(anAccount().named("ACME").soldBy(bob.id()).build()).account();
        Account other = admin.accounts().create(anAccount().named("Other").build()).account();
        overdue.put(tenant.id(), List.of(new OverdueBalance(acme.id(), "NF-1001", Money.of("250.00", "BRL"), MONDAY.minusDays(10)),
                new OverdueBalance(other.id(), "NF-1002", Money.of("99.90", "BRL"), MONDAY.minusDays(3)),
                new OverdueBalance(dev.crmkit.common.AccountId.newId(), "NF-9999", Money.of("1", "BRL"), MONDAY)));

        RuleRun first = crm().agendaRules().run(tenant.id(), START);
        RuleRun second = crm().agendaRules().run(tenant.id(), START.plus(Duration.ofDays(1)));

        assertThat(first.created()).containsEntry(AgendaRule.PAYMENT_REMINDER, 2);
        assertThat(second.created()).containsEntry(AgendaRule.PAYMENT_REMINDER, 0);
        assertThat(second.alreadyPresent()).containsEntry(AgendaRule.PAYMENT_REMINDER, 2);
        assertThat(admin.agenda().ofAccount(acme.id())).singleElement().satisfies(e -> {
            assertThat(e.userId()).isEqualTo(bob.id());
            assertThat(e.description()).contains("NF-1001", "250.00");
        });
        assertThat(admin.agenda().ofAccount(other.id())).singleElement()
                .satisfies(e -> assertThat(e.userId()).isEqualTo(tenant.adminId()));
    }

    @Example
    void givenTwoThreadsRunningTheRulesAtOnce_whenBothFinish_thenEachReminderExistsExactlyOnce() throws Exception {
        TestTenant tenant = newTenant();
        CrmSession admin = tenant.admin();
        Pipeline pipeline = aPipeline().withStages(List.of(new NewStage("Open", "#CCCCCC", 1))).createdBy(admin);
        List<Account> accounts = new ArrayList<>();
        List<OverdueBalance> balances = new ArrayList<>();
        List<PeriodicCall> calls = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            Account account = admin.accounts().create(anAccount().named("Account " + i).build()).account();
            accounts.add(account);
            admin.cards().create(new CreateCard(pipeline.id(), null, "Card " + i, null, null, null, null, null, null, account.id()));
            balances.add(new OverdueBalance(account.id(), "INV-" + i, Money.of("10", "BRL"), MONDAY));
            calls.add(new PeriodicCall(account.id(), 30, MONDAY, tenant.adminId(), null));
        }
        overdue.put(tenant.id(), balances);
        admin.agenda().updateSettings(UpdateAgendaSettings.from(admin.agenda().settings()).withPeriodicCalls(calls));
        Instant now = START.plus(Duration.ofDays(2));

        List<RuleRun> runs = new CopyOnWriteArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < 2; t++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    runs.add(crm().agendaRules().run(tenant.id(), now));
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> future : futures) {
                future.get(30, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(runs.stream().mapToInt(RuleRun::totalCreated).sum()).isEqualTo(24);
        for (AgendaRule rule : List.of(AgendaRule.STAGNANT_CARD, AgendaRule.PERIODIC_CALL, AgendaRule.PAYMENT_REMINDER)) {
            assertThat(runs.stream().mapToInt(r -> r.created().get(rule) + r.alreadyPresent().get(rule)).sum()).as(rule.name())
                    .isEqualTo(16);
        }
        for (Account account : accounts) {
            assertThat(admin.agenda().ofAccount(account.id())).as(account.details().legalName()).hasSize(3)
                    .extracting(e -> e.dedupeKey().orElseThrow()).doesNotHaveDuplicates();
        }
    }

    @Example
    void givenAnUnknownTenant_whenTheRulesRun_thenItIsNotFoundAndNothingIsCreated() {
        TenantId unknown = uniqueTenantId();

        NotFoundException e = thrown(NotFoundException.class, () -> crm().agendaRules().run(unknown, START));

        assertThat(e.field()).contains("tenantId");
        assertThat(crm().tenants().find(unknown)).isEmpty();
    }
}
