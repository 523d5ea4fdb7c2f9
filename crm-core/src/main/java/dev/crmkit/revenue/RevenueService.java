package dev.crmkit.revenue;

import dev.crmkit.access.CrmUser;
import dev.crmkit.common.AccountId;
import dev.crmkit.common.InvalidCommandException;
import dev.crmkit.common.SupportedDates;
import dev.crmkit.common.PipelineId;
import dev.crmkit.common.StageId;
import dev.crmkit.common.UserId;
import dev.crmkit.internal.AccountGuard;
import dev.crmkit.internal.Caller;
import dev.crmkit.internal.Context;
import dev.crmkit.internal.PipelineGuard;
import dev.crmkit.internal.UseCases;
import dev.crmkit.pipeline.Pipeline;
import dev.crmkit.pipeline.Stage;
import dev.crmkit.quote.Quote;
import dev.crmkit.quote.QuoteTotals;
import dev.crmkit.spi.AccountEffort;
import dev.crmkit.spi.CardValueSum;
import dev.crmkit.spi.PeriodAmount;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * {@link Revenue} for one actor. Every figure comes from aggregates the store computes (sums of invoiced orders by
 * month, sums of open cards' values by stage); only the open quotes of one customer are read whole, since they are
 * few and their net amount lives in their lines.
 */
final class RevenueService implements Revenue {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal TWELVE = BigDecimal.valueOf(12);

    private final UseCases useCases;
    private final Caller actor;

    RevenueService(UseCases useCases, Caller actor) {
        this.useCases = useCases;
        this.actor = actor;
    }

    @Override
    public CustomerRevenue ofCustomer(AccountId accountId) {
        return useCases.read(actor, context -> {
            AccountGuard.reachable(context, Context.required(accountId, "accountId"), "account", "accountId", accountId);
            return realised(context, accountId, today(context));
        });
    }

    @Override
    public RevenueByMonth byMonth(AccountId accountId, YearMonth from, YearMonth to) {
        return useCases.read(actor, context -> {
            InvalidCommandException.Builder problems = InvalidCommandException.builder("byMonth");
            if (accountId == null) {
                problems.add("accountId", "NotNull");
            }
            if (from == null) {
                problems.add("from", "NotNull");
            } else if (!SupportedDates.contains(from)) {
                SupportedDates.addTo(problems, "from", from);
            }
            if (to == null) {
                problems.add("to", "NotNull");
            } else if (!SupportedDates.contains(to)) {
                SupportedDates.addTo(problems, "to", to);
            } else if (from != null && to.isBefore(from)) {
                problems.add("to", "BeforeFromMonth");
            } else if (from != null && SupportedDates.contains(from) && ChronoUnit.MONTHS.between(from, to) >= MAX_MONTHS) {
                problems.add("to", "MaxMonths", MAX_MONTHS);
            }
            problems.throwIfAny();
            AccountGuard.reachable(context, accountId, "account", "accountId", accountId);
            ZoneId zone = context.tenant.timeZone();
            List<java.time.Instant> bounds = new ArrayList<>();
            for (YearMonth month = from; !month.isAfter(to.plusMonths(1)); month = month.plusMonths(1)) {
                bounds.add(month.atDay(1).atStartOfDay(zone).toInstant());
            }
            Map<YearMonth, Map<Currency, BigDecimal>> byMonth = new TreeMap<>();
            for (PeriodAmount sum : context.uow.orders().invoicedAmounts(accountId, bounds)) {
                if (sum.amount().signum() != 0) {
                    byMonth.computeIfAbsent(from.plusMonths(sum.period()), m -> new TreeMap<>(BY_CODE))
                            .merge(sum.currency(), sum.amount(), BigDecimal::add);
                }
            }
            List<RevenueMonth> months = new ArrayList<>();
            byMonth.forEach((month, sums) -> sums.forEach((currency, amount) ->
                    months.add(new RevenueMonth(month, currency, scaled(amount, currency)))));
            return new RevenueByMonth(accountId, from, to, months);
        });
    }

    @Override
    public RevenueEstimate estimate(AccountId accountId) {
        return useCases.read(actor, context -> {
            AccountGuard.reachable(context, Context.required(accountId, "accountId"), "account", "accountId", accountId);
            LocalDate today = today(context);
            Map<Currency, BigDecimal> runRate = new HashMap<>();
            realised(context, accountId, today).trailingTwelveMonths()
                    .forEach((currency, sum) -> runRate.put(currency, sum.divide(TWELVE, scale(currency), RoundingMode.HALF_EVEN)));
            Map<Currency, BigDecimal> pipeline = weighted(context, context.uow.cards().openValuesOf(accountId));
            Map<Currency, BigDecimal> quotes = new HashMap<>();
            for (Quote quote : context.uow.quotes().findOpenByAccount(accountId, today)) {
                QuoteTotals totals = quote.revision().totals();
                quotes.merge(quote.currency(), totals.subtotal().subtract(totals.discount()), BigDecimal::add);
            }
            Set<Currency> currencies = new TreeSet<>(BY_CODE);
            currencies.addAll(runRate.keySet());
            currencies.addAll(pipeline.keySet());
            currencies.addAll(quotes.keySet());
            List<EstimateLine> lines = new ArrayList<>();
            for (Currency currency : currencies) {
                lines.add(new EstimateLine(currency, runRate.getOrDefault(currency, zero(currency)),
                        pipeline.getOrDefault(currency, zero(currency)), scaled(quotes.getOrDefault(currency, zero(currency)), currency)));
            }
            return new RevenueEstimate(accountId, today, lines);
        });
    }

    @Override
    public RevenueForecast forecast(PipelineId pipelineId) {
        return useCases.read(actor, context -> {
            Pipeline pipeline = PipelineGuard.visible(context, pipelineId, "pipelineId");
            Map<StageId, Integer> probability = probabilities(List.of(pipeline));
            record Key(UserId salesperson, YearMonth month, Currency currency) {}
            Map<Key, BigDecimal[]> sums = new HashMap<>();
            Map<Key, Long> cards = new HashMap<>();
            for (CardValueSum sum : context.uow.cards().forecastOf(pipeline.id(), context.access())) {
                Key key = new Key(sum.group().salespersonId(), sum.group().closeMonth(), sum.currency());
                BigDecimal[] both = sums.computeIfAbsent(key, k -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
                both[0] = both[0].add(weigh(sum.amount(), probability.get(sum.group().stageId())));
                both[1] = both[1].add(sum.amount());
                cards.merge(key, sum.cards(), Long::sum);
            }
            Set<UserId> salespeople = sums.keySet().stream().map(Key::salesperson).filter(Objects::nonNull)
                    .collect(Collectors.toSet());
            Map<UserId, String> names = context.uow.users().findByIds(salespeople).stream()
                    .collect(Collectors.toMap(CrmUser::id, CrmUser::displayName));
            List<ForecastLine> lines = new ArrayList<>();
            sums.forEach((key, both) -> lines.add(new ForecastLine(key.salesperson(),
                    key.salesperson() == null ? null : names.getOrDefault(key.salesperson(), key.salesperson().value()),
                    key.month(), new ForecastAmount(key.currency(), scaled(both[0], key.currency()),
                            scaled(both[1], key.currency()), cards.get(key)))));
            lines.sort(Comparator.comparing(ForecastLine::salespersonName, Comparator.nullsLast(Comparator.<String>naturalOrder()))
                    .thenComparing(line -> line.salespersonId() == null ? "" : line.salespersonId().value())
                    .thenComparing(ForecastLine::closeMonth, Comparator.nullsLast(Comparator.<YearMonth>naturalOrder()))
                    .thenComparing(line -> line.amount().currency(), BY_CODE));
            return new RevenueForecast(pipeline.id(), pipeline.name(), today(context), lines);
        });
    }

    @Override
    public Profitability profitability(AccountId accountId) {
        return useCases.read(actor, context -> {
            AccountGuard.reachable(context, Context.required(accountId, "accountId"), "account", "accountId", accountId);
            Map<Currency, BigDecimal> value = weighted(context, context.uow.cards().openValuesOf(accountId));
            AccountEffort counted = context.uow.cards().effortOf(accountId);
            long days = counted.oldestOpenCard() == null || counted.oldestOpenCard().isAfter(context.now) ? 0
                    : Duration.between(counted.oldestOpenCard(), context.now).toDays();
            ProspectEffort effort = new ProspectEffort(counted.agendaEntries(), counted.comments(), counted.messages(), days);
            List<ProfitabilityLine> lines = new ArrayList<>();
            value.forEach((currency, weighted) -> lines.add(new ProfitabilityLine(currency, weighted,
                    per(weighted, effort.interactions(), currency), per(weighted, days, currency))));
            lines.sort(Comparator.comparing(ProfitabilityLine::currency, BY_CODE));
            return new Profitability(accountId, today(context), effort, lines);
        });
    }

    /** The realised revenue by month over the trailing twelve months as of a day: one aggregate read. */
    static CustomerRevenue realised(Context context, AccountId accountId, LocalDate today) {
        ZoneId zone = context.tenant.timeZone();
        LocalDate since = today.minusMonths(12);
        YearMonth first = YearMonth.from(since);
        YearMonth last = YearMonth.from(today);
        List<java.time.Instant> bounds = new ArrayList<>();
        bounds.add(since.atStartOfDay(zone).toInstant());
        for (YearMonth month = first.plusMonths(1); !month.isAfter(last); month = month.plusMonths(1)) {
            bounds.add(month.atDay(1).atStartOfDay(zone).toInstant());
        }
        bounds.add(today.plusDays(1).atStartOfDay(zone).toInstant());
        Map<YearMonth, Map<Currency, BigDecimal>> byMonth = new TreeMap<>();
        Map<Currency, BigDecimal> total = new HashMap<>();
        for (PeriodAmount sum : context.uow.orders().invoicedAmounts(accountId, bounds)) {
            if (sum.amount().signum() == 0) {
                continue;
            }
            byMonth.computeIfAbsent(first.plusMonths(sum.period()), m -> new TreeMap<>(BY_CODE))
                    .merge(sum.currency(), sum.amount(), BigDecimal::add);
            total.merge(sum.currency(), sum.amount(), BigDecimal::add);
        }
        List<RevenueMonth> months = new ArrayList<>();
        byMonth.forEach((month, sums) -> sums.forEach((currency, amount) ->
                months.add(new RevenueMonth(month, currency, scaled(amount, currency)))));
        Map<Currency, BigDecimal> scaledTotal = new HashMap<>();
        total.forEach((currency, amount) -> scaledTotal.put(currency, scaled(amount, currency)));
        return new CustomerRevenue(accountId, today, months, scaledTotal);
    }

    /** Sums of open cards' values weighted by their stage's win probability, per currency, at the currency's scale. */
    private static Map<Currency, BigDecimal> weighted(Context context, List<CardValueSum> sums) {
        if (sums.isEmpty()) {
            return Map.of();
        }
        Set<PipelineId> pipelineIds = new HashSet<>();
        sums.forEach(sum -> pipelineIds.add(sum.group().pipelineId()));
        Map<StageId, Integer> probability = probabilities(context.uow.pipelines().findByIds(pipelineIds));
        Map<Currency, BigDecimal> weighted = new HashMap<>();
        for (CardValueSum sum : sums) {
            weighted.merge(sum.currency(), weigh(sum.amount(), probability.get(sum.group().stageId())), BigDecimal::add);
        }
        weighted.replaceAll((currency, amount) -> scaled(amount, currency));
        return weighted;
    }

    private static Map<StageId, Integer> probabilities(List<Pipeline> pipelines) {
        Map<StageId, Integer> probability = new HashMap<>();
        for (Pipeline pipeline : pipelines) {
            for (Stage stage : pipeline.stages()) {
                if (stage.winProbability() != null) {
                    probability.put(stage.id(), stage.winProbability());
                }
            }
        }
        return probability;
    }

    /** An amount times a probability in percent, exactly; a stage without one weighs nothing. */
    private static BigDecimal weigh(BigDecimal amount, Integer percent) {
        return percent == null ? BigDecimal.ZERO : amount.multiply(BigDecimal.valueOf(percent)).divide(HUNDRED);
    }

    private static BigDecimal per(BigDecimal amount, long count, Currency currency) {
        return count == 0 ? null : amount.divide(BigDecimal.valueOf(count), scale(currency), RoundingMode.HALF_EVEN);
    }

    private static LocalDate today(Context context) {
        return LocalDate.ofInstant(context.now, context.tenant.timeZone());
    }

    static int scale(Currency currency) {
        return Math.max(0, currency.getDefaultFractionDigits());
    }

    static BigDecimal zero(Currency currency) {
        return BigDecimal.ZERO.setScale(scale(currency));
    }

    static BigDecimal scaled(BigDecimal amount, Currency currency) {
        return amount.setScale(scale(currency), RoundingMode.HALF_EVEN);
    }
}
