package dev.crmkit.testkit;

import dev.crmkit.event.SurveyEvent;
import dev.crmkit.common.UserId;
import dev.crmkit.common.CatalogEntryId;
import dev.crmkit.catalog.CatalogKind;
import dev.crmkit.casework.UpdateSlaSettings;
import dev.crmkit.casework.SlaTarget;
import dev.crmkit.casework.ServiceCase;
import dev.crmkit.casework.OpenCase;
import dev.crmkit.casework.ChangeCaseStatus;
import dev.crmkit.casework.CaseStatus;
import dev.crmkit.casework.CaseDetails;
import dev.crmkit.casework.CaseChannel;
import dev.crmkit.casework.AnswerSurvey;
import static dev.crmkit.testkit.AccountTestData.anAccount;
import static dev.crmkit.testkit.PipelineTestData.aPipeline;
import static org.assertj.core.api.Assertions.assertThat;

import dev.crmkit.Crm;
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
import dev.crmkit.common.AccountId;
import dev.crmkit.common.ConflictException;
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
import dev.crmkit.spi.TransactionMode;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

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
    void givenAPeriodicCallToAnAccount_whenTheAccountIsDeleted_thenItsEntriesAndCallGoAndTheSettingsStayEditable() {
        TestTenant tenant = newTenant();
        CrmSession admin = tenant.admin();
        Account gone = admin.accounts().create(anAccount().named("Gone").build()).account();
        Account kept = admin.accounts().create(anAccount().named("Kept").build()).account();
        admin.agenda().updateSettings(UpdateAgendaSettings.from(admin.agenda().settings()).withPeriodicCalls(List.of(
                new PeriodicCall(gone.id(), 7, MONDAY, tenant.adminId(), null), new PeriodicCall(kept.id(), 7, MONDAY, tenant.adminId(), null))));
        crm().agendaRules().run(tenant.id(), START);

        admin.accounts().delete(gone.id());
        var settings = admin.agenda().updateSettings(UpdateAgendaSettings.from(admin.agenda().settings()).withContractNoticeDays(10));

        assertThat(settings.periodicCalls()).extracting(PeriodicCall::accountId).containsExactly(kept.id());
        assertThat(admin.agenda().ofAccount(kept.id())).hasSize(1);
        assertThat(published.eventsOf(tenant.id(), AgendaEvent.AgendaEntryDeleted.class)).hasSize(1);
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
                new OverdueBalance(AccountId.newId(), "NF-9999", Money.of("1", "BRL"), MONDAY)));

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
    void givenACaseWhoseClockIsAtRisk_whenTheRulesRunTwiceAndOnAnotherNode_thenItsAssigneeGetsOneTask() {
        TestTenant tenant = newTenant();
        CrmSession admin = tenant.admin();
        UserId ana = tenant.addUser("ana", AccessScope.ALL).id();
        CatalogEntryId high = tenant.addEntry(CatalogKind.PRIORITY, "High").id();
        admin.cases().updateSlaSettings(UpdateSlaSettings.from(admin.cases().slaSettings())
                .withTargets(List.of(new SlaTarget(high, 60, 240))).withAtRiskPercent(50));
        Account account = admin.accounts().create(anAccount().build()).account();
        ServiceCase assigned = admin.cases().open(new OpenCase(account.id(), CaseDetails.builder("Down", CaseChannel.PHONE)
                .priorityId(high).assigneeId(ana).build()));
        ServiceCase unassigned = admin.cases().open(new OpenCase(account.id(), CaseDetails.builder("Slow", CaseChannel.PHONE)
                .priorityId(high).build()));

        RuleRun early = crm().agendaRules().run(tenant.id(), clock.instant());
        clock.advance(Duration.ofMinutes(30));
        RuleRun first = crm().agendaRules().run(tenant.id(), clock.instant());
        RuleRun second = crm().agendaRules().run(tenant.id(), clock.instant());
        RuleRun elsewhere;
        try (Crm node = Crm.builder().store(store()).clock(clock).balanceSource(balanceSource()).build()) {
            elsewhere = node.agendaRules().run(tenant.id(), clock.instant());
        }

        assertThat(early.created()).containsEntry(AgendaRule.SLA_AT_RISK, 0);
        assertThat(first.created()).containsEntry(AgendaRule.SLA_AT_RISK, 1);
        assertThat(second.created()).containsEntry(AgendaRule.SLA_AT_RISK, 0);
        assertThat(second.alreadyPresent()).containsEntry(AgendaRule.SLA_AT_RISK, 1);
        assertThat(elsewhere.created()).containsEntry(AgendaRule.SLA_AT_RISK, 0);
        assertThat(admin.agenda().ofCase(assigned.id())).singleElement().satisfies(task -> {
            assertThat(task.userId()).isEqualTo(ana);
            assertThat(task.description()).contains("#" + assigned.number());
            assertThat(task.dedupeKey()).hasValueSatisfying(k -> assertThat(k).startsWith("sla-at-risk:" + assigned.id()));
        });
        assertThat(admin.agenda().ofCase(unassigned.id())).isEmpty();
    }

    @Example
    void givenALowSatisfactionScore_whenTheRulesRunTwiceAndOnAnotherNode_thenTheAccountsResponsibleGetsOneFollowUp() {
        TestTenant tenant = newTenant();
        CrmSession admin = tenant.admin();
        Account account = admin.accounts().create(anAccount().build()).account();
        ServiceCase low = admin.cases().changeStatus(ChangeCaseStatus.of(admin.cases().open(new OpenCase(account.id(),
                CaseDetails.builder("Broken", CaseChannel.PHONE).build())), CaseStatus.RESOLVED));
        crm().surveyAnswers().answer(new AnswerSurvey(lastSurveyToken(tenant), 2, 3, "Too slow"));
        ServiceCase high = admin.cases().changeStatus(ChangeCaseStatus.of(admin.cases().open(new OpenCase(account.id(),
                CaseDetails.builder("Fine", CaseChannel.PHONE).build())), CaseStatus.RESOLVED));
        crm().surveyAnswers().answer(new AnswerSurvey(lastSurveyToken(tenant), 5, 10, null));

        RuleRun first = crm().agendaRules().run(tenant.id(), clock.instant());
        RuleRun second = crm().agendaRules().run(tenant.id(), clock.instant());
        RuleRun elsewhere;
        try (Crm node = Crm.builder().store(store()).clock(clock).balanceSource(balanceSource()).build()) {
            elsewhere = node.agendaRules().run(tenant.id(), clock.instant());
        }

        assertThat(first.created()).containsEntry(AgendaRule.LOW_SCORE, 1);
        assertThat(second.created()).containsEntry(AgendaRule.LOW_SCORE, 0);
        assertThat(second.alreadyPresent()).containsEntry(AgendaRule.LOW_SCORE, 1);
        assertThat(elsewhere.created()).containsEntry(AgendaRule.LOW_SCORE, 0);
        assertThat(admin.agenda().ofCase(low.id())).singleElement().satisfies(task -> {
            assertThat(account.responsibles()).contains(task.userId());
            assertThat(task.description()).contains("#" + low.number()).contains("2");
            assertThat(task.dedupeKey()).contains("low-score:" + low.id());
        });
        assertThat(admin.agenda().ofCase(high.id())).isEmpty();
    }

    private String lastSurveyToken(TestTenant tenant) {
        crm().relayEvents();
        List<SurveyEvent.SurveyIssued> issued = published.eventsOf(tenant.id(), SurveyEvent.SurveyIssued.class);
        return issued.get(issued.size() - 1).token();
    }

    @Example
    void givenAStoreThatCannotSeeAConcurrentInsert_whenTheRulesRunTwice_thenTheUniqueKeyStillKeepsOneEntryPerTrigger() {
        TestTenant tenant = newTenant();
        CrmSession admin = tenant.admin();
        Account acme = admin.accounts().create(anAccount().named("ACME").build()).account();
        overdue.put(tenant.id(), List.of(new OverdueBalance(acme.id(), "NF-7", Money.of("70", "BRL"), MONDAY)));
        try (Crm blind = Crm.builder().store(BlindStore.toDedupeKeys(store())).clock(clock).balanceSource(balanceSource()).build()) {

            RuleRun first = blind.agendaRules().run(tenant.id(), START);
            RuleRun second = blind.agendaRules().run(tenant.id(), START);

            assertThat(first.created()).containsEntry(AgendaRule.PAYMENT_REMINDER, 1);
            assertThat(second.created()).containsEntry(AgendaRule.PAYMENT_REMINDER, 0);
            assertThat(second.alreadyPresent()).containsEntry(AgendaRule.PAYMENT_REMINDER, 1);
        }
        assertThat(admin.agenda().ofAccount(acme.id())).hasSize(1);
    }

    @Example
    void givenAnUnknownTenant_whenTheRulesRun_thenItIsNotFoundAndNothingIsCreated() {
        TenantId unknown = uniqueTenantId();

        NotFoundException e = thrown(NotFoundException.class, () -> crm().agendaRules().run(unknown, START));

        assertThat(e.field()).contains("tenantId");
        assertThat(crm().tenants().find(unknown)).isEmpty();
    }
    @Example
    void givenAnEntryWithADedupeKey_whenTheStoreIsAskedForASecond_thenItRefusesItAsADuplicate() {
        TestTenant tenant = newTenant();
        Account acme = tenant.admin().accounts().create(anAccount().build()).account();
        AgendaEntry first = AgendaEntry.create(acme.id(), null, null, null, "First", null, tenant.adminId(), null, null,
                "payment:" + acme.id() + ":NF-1", START);
        AgendaEntry second = AgendaEntry.create(acme.id(), null, null, null, "Second", null, tenant.adminId(), null, null,
                "payment:" + acme.id() + ":NF-1", START);
        store().inTransaction(tenant.id(), TransactionMode.READ_WRITE, uow -> uow.agenda().insert(first));

        ConflictException refused = thrown(ConflictException.class,
                () -> store().inTransaction(tenant.id(), TransactionMode.READ_WRITE, uow -> uow.agenda().insert(second)));

        assertThat(refused.code()).isEqualTo(ConflictException.DUPLICATE);
        assertThat(refused.field()).contains("dedupeKey");
        Optional<AgendaEntry> holder = store().inTransaction(tenant.id(), TransactionMode.READ_ONLY,
                uow -> uow.agenda().findByDedupeKey("payment:" + acme.id() + ":NF-1"));
        assertThat(holder.map(AgendaEntry::id)).contains(first.id());
        assertThat(tenant.admin().agenda().ofAccount(acme.id())).extracting(AgendaEntry::description).containsExactly("First");
    }

    /**
     * Whatever instants the rules run at, in whatever order and with whatever concurrency, the entries they
     * leave are exactly one per trigger a model predicts from those instants.
     */
    @Property(tries = 25)
    void rulesCreateExactlyOneEntryPerPredictedTrigger(@ForAll("worlds") World world) throws Exception {
        TestTenant tenant = newTenant();
        CrmSession admin = tenant.admin();
        ZoneId zone = admin.tenant().get().timeZone();
        Pipeline pipeline = aPipeline().withStages(List.of(new NewStage("Open", "#CCCCCC", world.stagnantDays()))).createdBy(admin);
        List<Account> accounts = new ArrayList<>();
        List<PeriodicCall> calls = new ArrayList<>();
        List<OverdueBalance> balances = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            Account account = admin.accounts().create(anAccount().named("Account " + i).build()).account();
            accounts.add(account);
            admin.cards().create(new CreateCard(pipeline.id(), null, "Card " + i, null, null, null, null, null, null, account.id()));
            admin.documents().attach(new AttachDocument(account.id(), DocumentKind.CONTRACT, "Contract " + i, "c.pdf",
                    "application/pdf", null, MONDAY.plusDays(world.contractDays().get(i))), new ByteArrayInputStream(new byte[] {1}));
            calls.add(new PeriodicCall(account.id(), world.callEvery(), MONDAY.plusDays(world.callStart()), tenant.adminId(), null));
            for (int b = 0; b < world.balances(); b++) {
                balances.add(new OverdueBalance(account.id(), "INV-" + i + "-" + b, Money.of("10", "BRL"), MONDAY));
            }
        }
        overdue.put(tenant.id(), balances);
        admin.agenda().updateSettings(UpdateAgendaSettings.from(admin.agenda().settings()).withPeriodicCalls(calls)
                .withContractNoticeDays(world.notice()));

        ExecutorService pool = Executors.newFixedThreadPool(world.threads());
        try {
            for (Integer minutes : world.runs()) {
                Instant now = START.plus(Duration.ofMinutes(minutes));
                List<Future<?>> futures = new ArrayList<>();
                for (int t = 0; t < world.threads(); t++) {
                    futures.add(pool.submit(() -> crm().agendaRules().run(tenant.id(), now)));
                }
                for (Future<?> future : futures) {
                    future.get(30, TimeUnit.SECONDS);
                }
            }
        } finally {
            pool.shutdownNow();
        }

        // The model: which triggers the run instants reach, by plain date arithmetic.
        Set<String> expected = new HashSet<>();
        for (Integer minutes : world.runs()) {
            Instant now = START.plus(Duration.ofMinutes(minutes));
            LocalDate today = now.atZone(zone).toLocalDate();
            for (int i = 0; i < 2; i++) {
                if (!now.isBefore(START.plus(Duration.ofDays(world.stagnantDays())))) {
                    expected.add("card " + i);
                }
                LocalDate lastDay = MONDAY.plusDays(world.contractDays().get(i));
                if (world.notice() > 0 && !lastDay.isBefore(today) && !lastDay.isAfter(today.plusDays(world.notice()))) {
                    expected.add("contract " + i);
                }
                LocalDate first = MONDAY.plusDays(world.callStart());
                if (!today.isBefore(first)) {
                    long days = today.toEpochDay() - first.toEpochDay();
                    expected.add("call " + i + " " + (days - days % world.callEvery()));
                }
                for (int b = 0; b < world.balances(); b++) {
                    expected.add("balance " + i + " " + b);
                }
            }
        }
        List<AgendaEntry> entries = new ArrayList<>();
        accounts.forEach(a -> entries.addAll(admin.agenda().ofAccount(a.id())));
        assertThat(entries).extracting(e -> e.dedupeKey().orElseThrow()).doesNotHaveDuplicates();
        assertThat(entries).as("entries for %s", expected).hasSize(expected.size());
    }

    @Provide
    Arbitrary<World> worlds() {
        Arbitrary<List<Integer>> runs = Arbitraries.integers().between(0, 20 * 24 * 60).list().ofMinSize(1).ofMaxSize(5);
        Arbitrary<List<Integer>> contractDays = Arbitraries.integers().between(-5, 60).list().ofSize(2);
        return Combinators.combine(runs, Arbitraries.integers().between(1, 3), Arbitraries.integers().between(1, 6), contractDays,
                Arbitraries.integers().between(0, 30), Arbitraries.integers().between(1, 10), Arbitraries.integers().between(-5, 10),
                Arbitraries.integers().between(0, 2)).as(World::new);
    }

    /**
     * What a property run sets up and when it runs the rules.
     *
     * @param runs the run instants, in minutes after the start
     * @param threads how many threads run the rules at each instant
     * @param stagnantDays the stage's stagnant days
     * @param contractDays each contract's last valid day, in days after Monday
     * @param notice the contract notice in days (0: off)
     * @param callEvery the periodic calls' period
     * @param callStart the periodic calls' first day, in days after Monday
     * @param balances how many overdue balances each account has
     */
    record World(List<Integer> runs, int threads, int stagnantDays, List<Integer> contractDays, int notice, int callEvery,
            int callStart, int balances) {}
}
