package dev.crmkit.testkit;

import static dev.crmkit.testkit.AccountTestData.anAccount;
import static org.assertj.core.api.Assertions.assertThat;

import dev.crmkit.CrmSession;
import dev.crmkit.access.AccessScope;
import dev.crmkit.account.Account;
import dev.crmkit.account.Classification;
import dev.crmkit.common.Money;
import dev.crmkit.common.StageId;
import dev.crmkit.common.UserId;
import dev.crmkit.order.Order;
import dev.crmkit.order.OrderStatus;
import dev.crmkit.order.ReportOrderProgress;
import dev.crmkit.pipeline.Card;
import dev.crmkit.pipeline.CreateCard;
import dev.crmkit.pipeline.MarkCardLost;
import dev.crmkit.pipeline.NewStage;
import dev.crmkit.pipeline.Pipeline;
import dev.crmkit.quote.ChangeQuoteStatus;
import dev.crmkit.quote.Quote;
import dev.crmkit.quote.QuoteStatus;
import dev.crmkit.revenue.CustomerRevenue;
import dev.crmkit.revenue.EstimateLine;
import dev.crmkit.revenue.ForecastAmount;
import dev.crmkit.revenue.ForecastLine;
import dev.crmkit.revenue.RevenueMonth;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * Revenue against a brute force written here from the definitions: random quotes walked to random fates (drafts,
 * sent, accepted, placed, delivered, invoiced or cancelled orders) over more than a year, random cards in pipelines of
 * random win probabilities; the realised revenue, the estimate and the forecast (for the administrator and for a
 * portfolio user) must equal what the brute force computes from every record the test made.
 */
public abstract class RevenueProperties extends CrmKitSupport {

    private static final List<Currency> CURRENCIES = List.of(Currency.getInstance("BRL"), Currency.getInstance("USD"),
            Currency.getInstance("JPY"));

    private static BigDecimal amount(Random random, Currency currency) {
        BigDecimal units = BigDecimal.valueOf(1 + random.nextInt(200_000));
        return currency.getDefaultFractionDigits() == 0 ? units : units.movePointLeft(2);
    }

    private static int scale(Currency currency) {
        return Math.max(0, currency.getDefaultFractionDigits());
    }

    @Property(tries = 4)
    void givenRandomOrdersQuotesAndCards_whenRevenueEstimateAndForecastAreRead_thenTheyMatchABruteForce(@ForAll long seed) {
        Random random = new Random(seed);
        TestTenant tenant = newTenant();
        CrmSession admin = tenant.admin();
        // Months and days are the tenant's own (America/Sao_Paulo), as the library counts them: an order invoiced at
        // 00:30 UTC on the 1st belongs to the month before.
        ZoneId zone = admin.tenant().get().timeZone();
        UserId bob = tenant.addUser("bob-" + Long.toHexString(random.nextLong()), AccessScope.PORTFOLIO).id();
        Account mine = admin.accounts().create(anAccount().named("Do Bob").responsibles(bob)
                .classified(Classification.CUSTOMER).build()).account();
        Account theirs = admin.accounts().create(anAccount().named("Dos outros").classified(Classification.CUSTOMER).build())
                .account();
        List<Account> accounts = List.of(mine, theirs);
        List<Pipeline> pipelines = new ArrayList<>();
        for (int p = 0; p < 3; p++) {
            List<NewStage> stages = new ArrayList<>();
            for (int s = 0; s < 3; s++) {
                stages.add(new NewStage("Etapa " + s, "#CCCCCC", 0, random.nextInt(5) == 0 ? null : random.nextInt(101)));
            }
            pipelines.add(PipelineTestData.aPipeline().named("Funil " + p).withStages(stages).withUsers(bob).createdBy(admin));
        }

        List<Order> orders = new ArrayList<>();
        List<Quote> quotes = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            clock.advance(Duration.ofDays(random.nextInt(60)).plusHours(random.nextInt(24)));
            Account account = accounts.get(random.nextInt(2));
            Currency currency = CURRENCIES.get(random.nextInt(CURRENCIES.size()));
            Quote draft = RevenueContract.draft(admin, account.id(), currency, amount(random, currency).toPlainString());
            int fate = random.nextInt(7);
            switch (fate) {
                case 0 -> quotes.add(draft);
                case 1 -> quotes.add(admin.quotes().changeStatus(ChangeQuoteStatus.of(draft, QuoteStatus.SENT)));
                case 2 -> quotes.add(RevenueTestData.accepted(admin, draft));
                case 3 -> orders.addAll(RevenueTestData.ordered(admin, draft));
                case 4 -> RevenueTestData.ordered(admin, draft).forEach(o -> orders.add(RevenueTestData.delivered(admin, o)));
                case 5 -> RevenueTestData.ordered(admin, draft).forEach(o -> orders.add(
                        admin.orders().reportProgress(ReportOrderProgress.of(o, OrderStatus.CANCELLED))));
                default -> orders.addAll(RevenueTestData.invoiced(admin, draft));
            }
        }
        Set<List<Object>> openWithAccount = new HashSet<>();
        List<Card> cards = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            Pipeline pipeline = pipelines.get(random.nextInt(pipelines.size()));
            Account account = random.nextInt(3) == 0 ? null : accounts.get(random.nextInt(2));
            if (account != null && !openWithAccount.add(List.of(pipeline.id(), account.id()))) {
                account = null; // one open card per account per pipeline
            }
            Currency currency = CURRENCIES.get(random.nextInt(CURRENCIES.size()));
            CreateCard.Builder card = CreateCard.builder(pipeline.id(), "Card " + i)
                    .stageId(pipeline.stages().get(random.nextInt(3)).id())
                    .accountId(account == null ? null : account.id())
                    .salespersonId(random.nextBoolean() ? bob : random.nextBoolean() ? tenant.adminId() : null)
                    .value(random.nextInt(5) == 0 ? null : new Money(amount(random, currency), currency))
                    .expectedCloseDate(random.nextInt(4) == 0 ? null
                            : LocalDate.ofInstant(clock.instant(), zone).plusDays(random.nextInt(120) - 30));
            Card created = admin.cards().create(card.build());
            if (random.nextInt(5) == 0 && account == null) {
                created = admin.cards().markLost(new MarkCardLost(created.id(), "Perdido", created.version()));
            }
            cards.add(created);
        }
        clock.advance(Duration.ofDays(random.nextInt(90)));

        List<Card> cardsNow = cards.stream().map(card -> admin.cards().get(card.id())).toList();
        LocalDate today = LocalDate.ofInstant(clock.instant(), zone);
        Map<StageId, Integer> probability = new HashMap<>();
        pipelines.forEach(p -> p.stages().forEach(s -> {
            if (s.winProbability() != null) {
                probability.put(s.id(), s.winProbability());
            }
        }));

        for (Account account : accounts) {
            // Realised revenue: invoiced orders from the start of the same day a year ago to the end of today.
            Map<YearMonth, Map<Currency, BigDecimal>> months = new TreeMap<>();
            Map<Currency, BigDecimal> total = new HashMap<>();
            for (Order order : orders) {
                LocalDate day = LocalDate.ofInstant(order.updatedAt(), zone);
                if (order.accountId().equals(account.id()) && order.status() == OrderStatus.INVOICED
                        && !day.isBefore(today.minusMonths(12)) && !day.isAfter(today)) {
                    months.computeIfAbsent(YearMonth.from(day), m -> new HashMap<>())
                            .merge(order.currency(), order.subtotal(), BigDecimal::add);
                    total.merge(order.currency(), order.subtotal(), BigDecimal::add);
                }
            }
            List<RevenueMonth> expectedMonths = new ArrayList<>();
            months.forEach((month, sums) -> sums.entrySet().stream()
                    .sorted(Map.Entry.comparingByKey(java.util.Comparator.comparing(Currency::getCurrencyCode)))
                    .forEach(e -> expectedMonths.add(new RevenueMonth(month, e.getKey(),
                            e.getValue().setScale(scale(e.getKey()), RoundingMode.HALF_EVEN)))));
            CustomerRevenue revenue = admin.revenue().ofCustomer(account.id());
            assertThat(revenue.months()).as("months of %s", account.id()).isEqualTo(expectedMonths);
            Map<Currency, BigDecimal> expectedTotal = new HashMap<>();
            total.forEach((c, v) -> expectedTotal.put(c, v.setScale(scale(c), RoundingMode.HALF_EVEN)));
            assertThat(revenue.trailingTwelveMonths()).isEqualTo(expectedTotal);

            // The estimate: run rate + weighted open cards + open quotes, per currency.
            Map<Currency, BigDecimal[]> parts = new TreeMap<>(java.util.Comparator.comparing(Currency::getCurrencyCode));
            total.forEach((c, v) -> parts.computeIfAbsent(c, x -> zeros())[0] =
                    v.divide(BigDecimal.valueOf(12), scale(c), RoundingMode.HALF_EVEN));
            for (Card now : cardsNow) {
                if (now.open() && now.value().isPresent() && now.accountId().filter(account.id()::equals).isPresent()) {
                    Currency c = now.value().get().currency();
                    BigDecimal[] p = parts.computeIfAbsent(c, x -> zeros());
                    p[1] = p[1].add(weigh(now.value().get().amount(), probability.get(now.stageId())));
                }
            }
            for (Quote quote : quotes) {
                Quote now = admin.quotes().get(quote.id());
                boolean open = now.status() == QuoteStatus.ACCEPTED
                        || (now.status() == QuoteStatus.SENT && !today.isAfter(now.revision().validUntil()));
                if (open && now.accountId().equals(account.id())) {
                    BigDecimal[] p = parts.computeIfAbsent(now.currency(), x -> zeros());
                    p[2] = p[2].add(now.revision().totals().subtotal().subtract(now.revision().totals().discount()));
                }
            }
            List<EstimateLine> expectedEstimate = new ArrayList<>();
            parts.forEach((c, p) -> expectedEstimate.add(new EstimateLine(c, p[0].setScale(scale(c), RoundingMode.HALF_EVEN),
                    p[1].setScale(scale(c), RoundingMode.HALF_EVEN), p[2].setScale(scale(c), RoundingMode.HALF_EVEN))));
            assertThat(admin.revenue().estimate(account.id()).lines()).as("estimate of %s", account.id())
                    .isEqualTo(expectedEstimate);
        }

        for (Pipeline pipeline : pipelines) {
            for (boolean asBob : new boolean[] {false, true}) {
                record Key(UserId salesperson, YearMonth month, Currency currency) {}
                Map<Key, BigDecimal[]> sums = new HashMap<>();
                Map<Key, Long> counts = new HashMap<>();
                for (Card now : cardsNow) {
                    if (!now.pipelineId().equals(pipeline.id()) || !now.open() || now.value().isEmpty()) {
                        continue;
                    }
                    if (asBob && now.accountId().isPresent() && !now.accountId().get().equals(mine.id())) {
                        continue;
                    }
                    Key key = new Key(now.salespersonId().orElse(null), now.expectedCloseDate().map(YearMonth::from).orElse(null),
                            now.value().get().currency());
                    BigDecimal[] s = sums.computeIfAbsent(key, k -> zeros());
                    s[0] = s[0].add(weigh(now.value().get().amount(), probability.get(now.stageId())));
                    s[1] = s[1].add(now.value().get().amount());
                    counts.merge(key, 1L, Long::sum);
                }
                Set<List<Object>> expected = new HashSet<>();
                sums.forEach((key, s) -> expected.add(List.of(String.valueOf(key.salesperson()), String.valueOf(key.month()),
                        new ForecastAmount(key.currency(), s[0].setScale(scale(key.currency()), RoundingMode.HALF_EVEN),
                                s[1].setScale(scale(key.currency()), RoundingMode.HALF_EVEN), counts.get(key)))));
                CrmSession reader = asBob ? tenant.as(bob) : admin;
                List<ForecastLine> lines = reader.revenue().forecast(pipeline.id()).lines();
                Set<List<Object>> actual = new HashSet<>();
                lines.forEach(l -> actual.add(List.of(String.valueOf(l.salespersonId()), String.valueOf(l.closeMonth()),
                        l.amount())));
                assertThat(lines).hasSize(expected.size());
                assertThat(actual).as("forecast of %s for %s", pipeline.name(), asBob ? "bob" : "admin").isEqualTo(expected);
            }
        }
    }

    private static BigDecimal[] zeros() {
        return new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO};
    }

    private static BigDecimal weigh(BigDecimal amount, Integer percent) {
        return percent == null ? BigDecimal.ZERO : amount.multiply(BigDecimal.valueOf(percent)).divide(BigDecimal.valueOf(100));
    }

}
