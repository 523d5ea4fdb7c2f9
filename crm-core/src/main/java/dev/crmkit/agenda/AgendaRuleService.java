package dev.crmkit.agenda;

import java.time.Duration;
import dev.crmkit.spi.CaseCriteria;
import dev.crmkit.common.CaseId;
import dev.crmkit.casework.Survey;
import dev.crmkit.casework.SlaTimes;
import dev.crmkit.casework.SlaState;
import dev.crmkit.casework.ServiceCase;
import dev.crmkit.casework.CaseQueue;
import dev.crmkit.access.CrmUser;
import dev.crmkit.access.AccountAccess;
import dev.crmkit.account.Account;
import dev.crmkit.common.AccountId;
import dev.crmkit.common.CardId;
import dev.crmkit.common.CatalogEntryId;
import dev.crmkit.common.ConflictException;
import dev.crmkit.common.InvalidCommandException;
import dev.crmkit.common.Messages;
import dev.crmkit.common.SupportedDates;
import dev.crmkit.common.TenantId;
import dev.crmkit.common.UserId;
import dev.crmkit.document.Document;
import dev.crmkit.internal.AccountGuard;
import dev.crmkit.internal.AgendaLinks;
import dev.crmkit.internal.Context;
import dev.crmkit.internal.InputCheck;
import dev.crmkit.internal.UseCases;
import dev.crmkit.pipeline.Card;
import dev.crmkit.pipeline.Pipeline;
import dev.crmkit.pipeline.Stage;
import dev.crmkit.spi.BalanceSource;
import dev.crmkit.spi.TransactionMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * {@link AgendaRules} for the host. A run first reads what triggers each rule, then creates one entry per
 * trigger, each in its own unit of work under the trigger's dedupe key: the store refuses a key it already
 * holds, so a trigger another run (earlier or concurrent) handled is counted and skipped, never doubled.
 */
final class AgendaRuleService implements AgendaRules {

    /** The actor the case queue is read as: none, with every account in reach. */
    private static final String RULES_ACTOR = "agenda-rules";

    private final UseCases useCases;
    private final BalanceSource balances;

    AgendaRuleService(UseCases useCases, BalanceSource balances) {
        this.useCases = useCases;
        this.balances = balances;
    }

    @Override
    public RuleRun run(TenantId tenantId, Instant now) {
        Context.required(tenantId, "tenantId");
        SupportedDates.check(Context.required(now, "now"), "now");
        Plan plan = useCases.onTenant(tenantId, now, TransactionMode.READ_ONLY, AgendaRuleService::plan);
        List<Trigger> triggers = new ArrayList<>(plan.triggers());
        if (plan.settings().paymentReminders()) {
            // The host's billing is asked outside any unit of work: it may be slow, or remote.
            List<OverdueBalance> overdue = balances.overdueBalances(tenantId, plan.today());
            checkBalances(overdue);
            triggers.addAll(useCases.onTenant(tenantId, now, TransactionMode.READ_ONLY,
                    context -> paymentTriggers(context, overdue, plan.today())));
        }
        Map<AgendaRule, Integer> created = new EnumMap<>(AgendaRule.class);
        Map<AgendaRule, Integer> present = new EnumMap<>(AgendaRule.class);
        for (Trigger trigger : triggers) {
            boolean stored;
            try {
                stored = useCases.onTenant(tenantId, now, TransactionMode.READ_WRITE, context -> create(context, trigger));
            } catch (ConflictException e) {
                if (!ConflictException.DUPLICATE.equals(e.code())) {
                    throw e;
                }
                // A concurrent run stored the same trigger between our check and our insert.
                stored = false;
            }
            (stored ? created : present).merge(trigger.rule(), 1, Integer::sum);
        }
        return new RuleRun(created, present);
    }

    /**
     * Refuses balances no store can keep, as the host's own billing reported them: a reference too long or with a
     * NUL (it becomes part of the reminder's dedupe key), a due date out of the supported range.
     */
    private static void checkBalances(List<OverdueBalance> overdue) {
        InvalidCommandException.Builder problems = InvalidCommandException.builder("BalanceSource");
        for (int i = 0; i < overdue.size(); i++) {
            InvalidCommandException.Builder balance = InvalidCommandException.builder("BalanceSource");
            InputCheck.check(overdue.get(i), balance);
            problems.addAll("balances[" + i + "]", balance);
        }
        problems.throwIfAny();
    }

    /** Creates a trigger's entry unless the store already holds its key (or its account has gone). */
    private static boolean create(Context context, Trigger trigger) {
        if (context.uow.agenda().findByDedupeKey(trigger.dedupeKey()).isPresent()
                || context.uow.accounts().findById(trigger.accountId()).isEmpty()) {
            return false;
        }
        CardId cardId = trigger.cardId() != null && context.uow.cards().findById(trigger.cardId()).isPresent() ? trigger.cardId() : null;
        AgendaEntry entry = AgendaEntry.create(trigger.accountId(), null, cardId, trigger.typeId(), trigger.description(),
                trigger.schedule(), trigger.userId(), null, null, trigger.dedupeKey(), context.now);
        if (trigger.caseId() != null) {
            entry = entry.servingCase(trigger.caseId());
        }
        AgendaService.insert(context, entry, trigger.rule());
        return true;
    }

    /** What triggers the rules that need only the store. */
    private static Plan plan(Context context) {
        AgendaSettings settings = AgendaLinks.settings(context);
        ZoneId zone = context.tenant.timeZone();
        LocalDate today = context.now.atZone(zone).toLocalDate();
        Locale locale = context.tenant.defaultLocale();
        List<Trigger> triggers = new ArrayList<>();
        if (settings.followUpStagnantCards()) {
            for (Pipeline pipeline : context.uow.pipelines().findAll()) {
                for (Stage stage : pipeline.stages()) {
                    if (stage.stagnantDays() == 0) {
                        continue;
                    }
                    for (Card card : context.uow.cards().findByStage(pipeline.id(), stage.id())) {
                        if (!card.stagnant(stage, context.now) || card.accountId().isEmpty()) {
                            continue;
                        }
                        Account account = context.uow.accounts().findById(card.accountId().get()).orElse(null);
                        if (account == null) {
                            continue;
                        }
                        List<UserId> candidates = new ArrayList<>();
                        card.salespersonId().ifPresent(candidates::add);
                        candidates.add(card.createdBy());
                        candidates.addAll(account.responsibles());
                        Optional<UserId> user = firstActive(context, account, candidates);
                        // The card's last update is the trigger: a card that is touched and stagnates again is followed up again.
                        user.ifPresent(u -> triggers.add(new Trigger(AgendaRule.STAGNANT_CARD,
                                "stagnant-card:" + card.id() + ":" + card.updatedAt().truncatedTo(ChronoUnit.MICROS),
                                card.accountId().get(), card.id(), null, u, new Schedule.AnyTimeOn(today),
                                Messages.format(locale, "agenda.rule.STAGNANT_CARD", card.name(),
                                        card.updatedAt().atZone(zone).toLocalDate().toString()))));
                    }
                }
            }
        }
        if (settings.contractNoticeDays() > 0) {
            LocalDate horizon = today.plusDays(settings.contractNoticeDays());
            for (Document contract : context.uow.documents().findContractsValidUntil(today, horizon)) {
                LocalDate lastDay = contract.validUntil().orElseThrow();
                Optional<Account> account = context.uow.accounts().findById(contract.accountId());
                Optional<UserId> user = account.flatMap(a -> {
                    List<UserId> candidates = new ArrayList<>(List.of(contract.uploadedBy()));
                    candidates.addAll(a.responsibles());
                    return firstActive(context, a, candidates);
                });
                user.ifPresent(u -> triggers.add(new Trigger(AgendaRule.CONTRACT_EXPIRING,
                        "contract-expiring:" + contract.id() + ":" + lastDay, contract.accountId(), null, null, u,
                        new Schedule.AnyTimeOn(today),
                        Messages.format(locale, "agenda.rule.CONTRACT_EXPIRING", contract.title(), lastDay.toString()))));
            }
        }
        for (PeriodicCall call : settings.periodicCalls()) {
            if (today.isBefore(call.firstDay())) {
                continue;
            }
            long periods = ChronoUnit.DAYS.between(call.firstDay(), today) / call.everyDays();
            LocalDate due = call.firstDay().plusDays(periods * call.everyDays());
            Optional<Account> account = context.uow.accounts().findById(call.accountId());
            if (account.isPresent() && firstActive(context, account.get(), List.of(call.userId())).isPresent()) {
                // One call per account, user and day: two schedules that meet on a day make one call, not two.
                String key = "periodic-call:" + call.accountId() + ":" + call.userId().value() + ":" + due;
                triggers.add(new Trigger(AgendaRule.PERIODIC_CALL, key, call.accountId(), null, call.typeId(), call.userId(),
                        new Schedule.AnyTimeOn(due), Messages.format(locale, "agenda.rule.PERIODIC_CALL", account.get().details().legalName())));
            }
        }
        slaAtRisk(context, today, locale, triggers);
        lowScores(context, today, locale, triggers);
        return new Plan(settings, today, triggers);
    }

    /** How many cases at risk are read per page. */
    private static final int AT_RISK_PAGE = 500;

    /** How far back a low score is followed up. */
    private static final Duration LOW_SCORE_WINDOW = Duration.ofDays(30);

    /** The highest CSAT score followed up. */
    private static final int LOW_SCORE = 2;

    /**
     * A task for the active assignee of every case whose first-response or resolution clock is at risk, keyed by the
     * case, the clock and the instant its at-risk share was used.
     */
    private static void slaAtRisk(Context context, LocalDate today, Locale locale, List<Trigger> triggers) {
        CaseCriteria criteria = new CaseCriteria(CaseQueue.builder().slaStates(SlaState.AT_RISK).build(),
                new AccountAccess.Unrestricted(), UserId.of(RULES_ACTOR), context.now);
        CaseCriteria.QueuePosition after = null;
        while (true) {
            List<ServiceCase> page = context.uow.cases().queue(criteria, after, AT_RISK_PAGE);
            for (ServiceCase serviceCase : page) {
                UserId assignee = serviceCase.details().assigneeId();
                if (assignee == null || context.uow.users().findById(assignee).filter(CrmUser::active).isEmpty()) {
                    continue;
                }
                boolean firstResponse = serviceCase.firstResponseState(context.now) == SlaState.AT_RISK;
                SlaTimes clock = firstResponse ? serviceCase.firstResponse() : serviceCase.resolution();
                String key = "sla-at-risk:" + serviceCase.id() + ":" + (firstResponse ? "first-response" : "resolution") + ":"
                        + clock.atRiskAt().truncatedTo(ChronoUnit.MICROS);
                triggers.add(new Trigger(AgendaRule.SLA_AT_RISK, key, serviceCase.accountId(), null, null, assignee,
                        new Schedule.AnyTimeOn(today), Messages.format(locale, "agenda.rule.SLA_AT_RISK", serviceCase.number(),
                                serviceCase.details().subject()), serviceCase.id()));
            }
            if (page.size() < AT_RISK_PAGE) {
                return;
            }
            ServiceCase last = page.get(page.size() - 1);
            after = new CaseCriteria.QueuePosition(last.queueDueAt().orElse(null), last.id());
        }
    }

    /** A follow-up for an active responsible of the account of every recent answer scoring 2 or less. */
    private static void lowScores(Context context, LocalDate today, Locale locale, List<Trigger> triggers) {
        for (Survey survey : context.uow.cases().lowScores(context.now.minus(LOW_SCORE_WINDOW), LOW_SCORE)) {
            Optional<Account> account = context.uow.accounts().findById(survey.accountId());
            Optional<ServiceCase> serviceCase = context.uow.cases().findById(survey.caseId());
            if (account.isEmpty() || serviceCase.isEmpty()) {
                continue;
            }
            int csat = survey.answer().orElseThrow().csat();
            firstActive(context, account.get(), List.copyOf(account.get().responsibles())).ifPresent(u -> triggers.add(new Trigger(
                    AgendaRule.LOW_SCORE, "low-score:" + survey.caseId(), survey.accountId(), null, null, u,
                    new Schedule.AnyTimeOn(today), Messages.format(locale, "agenda.rule.LOW_SCORE", serviceCase.get().number(),
                            csat), survey.caseId())));
        }
    }

    /** One reminder per overdue balance of an account the tenant has, for its salesperson or a responsible. */
    private static List<Trigger> paymentTriggers(Context context, List<OverdueBalance> overdue, LocalDate today) {
        Locale locale = context.tenant.defaultLocale();
        List<Trigger> triggers = new ArrayList<>();
        for (OverdueBalance balance : overdue) {
            Optional<Account> account = context.uow.accounts().findById(balance.accountId());
            if (account.isEmpty()) {
                continue;
            }
            List<UserId> candidates = new ArrayList<>();
            if (account.get().details().customer().salespersonId() != null) {
                candidates.add(account.get().details().customer().salespersonId());
            }
            candidates.addAll(account.get().responsibles());
            firstActive(context, account.get(), candidates).ifPresent(u -> triggers.add(new Trigger(
                    AgendaRule.PAYMENT_REMINDER, "payment:" + balance.accountId() + ":" + balance.reference(), balance.accountId(),
                    null, null, u, new Schedule.AnyTimeOn(today), Messages.format(locale, "agenda.rule.PAYMENT_REMINDER",
                            balance.amount().toString(), balance.dueDate().toString(), balance.reference()))));
        }
        return triggers;
    }

    /**
     * The first of some users that is active and sees the account: an entry on a task list whose account its user
     * cannot see would never show. The account's responsibles, last in every list, always see it.
     */
    private static Optional<UserId> firstActive(Context context, Account account, List<UserId> users) {
        for (UserId user : users) {
            if (user != null && context.uow.users().findById(user)
                    .filter(u -> u.active() && AccountGuard.userSees(context, u, account)).isPresent()) {
                return Optional.of(user);
            }
        }
        return Optional.empty();
    }

    /** The store-side triggers of a run, with the settings and day they were judged by. */
    private record Plan(AgendaSettings settings, LocalDate today, List<Trigger> triggers) {}

    /** One reason for a rule to create one entry. */
    private record Trigger(AgendaRule rule, String dedupeKey, AccountId accountId, CardId cardId, CatalogEntryId typeId,
            UserId userId, Schedule schedule, String description, CaseId caseId) {

        Trigger(AgendaRule rule, String dedupeKey, AccountId accountId, CardId cardId, CatalogEntryId typeId, UserId userId,
                Schedule schedule, String description) {
            this(rule, dedupeKey, accountId, cardId, typeId, userId, schedule, description, null);
        }


        Trigger {
            Objects.requireNonNull(dedupeKey, "dedupeKey");
        }
    }
}
