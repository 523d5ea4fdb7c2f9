package dev.crmkit.testkit;

import static dev.crmkit.testkit.AccountTestData.anAccount;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.crmkit.CrmSession;
import dev.crmkit.access.AccessScope;
import dev.crmkit.account.Account;
import dev.crmkit.account.Classification;
import dev.crmkit.agenda.CreateAgendaEntry;
import dev.crmkit.common.AccountId;
import dev.crmkit.common.Money;
import dev.crmkit.common.NotFoundException;
import dev.crmkit.common.PipelineId;
import dev.crmkit.common.UserId;
import dev.crmkit.message.LogMessage;
import dev.crmkit.message.MessageChannel;
import dev.crmkit.message.MessageDirection;
import dev.crmkit.order.Order;
import dev.crmkit.order.OrderStatus;
import dev.crmkit.order.ReportOrderProgress;
import dev.crmkit.pipeline.AddComment;
import dev.crmkit.pipeline.Card;
import dev.crmkit.pipeline.CreateCard;
import dev.crmkit.pipeline.MarkCardLost;
import dev.crmkit.pipeline.NewStage;
import dev.crmkit.pipeline.Pipeline;
import dev.crmkit.quote.ChangeQuoteStatus;
import dev.crmkit.quote.CreateQuote;
import dev.crmkit.quote.Quote;
import dev.crmkit.quote.QuoteLineInput;
import dev.crmkit.quote.QuoteStatus;
import dev.crmkit.revenue.CustomerRevenue;
import dev.crmkit.revenue.EstimateLine;
import dev.crmkit.revenue.ForecastLine;
import dev.crmkit.revenue.Profitability;
import dev.crmkit.revenue.RevenueMonth;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Example;

/**
 * Revenue: realised revenue from invoiced orders by month of their invoicing and over the trailing twelve months; the
 * estimate (run rate, open pipeline weighted by each stage's win probability, open quotes); a pipeline's forecast by
 * salesperson and close month in the reader's scope; the profitability of a prospect; and accounts or pipelines
 * outside the scope answered as unknown ones.
 */
public abstract class RevenueContract extends CrmKitSupport {

    static final Currency BRL = Currency.getInstance("BRL");
    static final Currency USD = Currency.getInstance("USD");

    static Quote draft(CrmSession session, AccountId accountId, Currency currency, String amount) {
        return session.quotes().create(CreateQuote.builder(accountId).currency(currency)
                .lines(QuoteLineInput.text("Serviço", BigDecimal.ONE, new BigDecimal(amount))).build());
    }

    static Pipeline pipeline(CrmSession admin, String name, UserId... users) {
        return PipelineTestData.aPipeline().named(name).withStages(List.of(new NewStage("Contato", "#CCCCCC", 0, 10),
                new NewStage("Proposta", "#CCCCCC", 0, 60), new NewStage("Sem chance definida", "#CCCCCC", 0)))
                .withUsers(users).createdBy(admin);
    }

    @Example
    void givenInvoicedDeliveredAndCancelledOrders_whenRevenueIsRead_thenOnlyInvoicedOrdersCountInTheirInvoicingMonth() {
        TestTenant tenant = newTenant();
        CrmSession admin = tenant.admin();
        Account acme = admin.accounts().create(anAccount().named("Acme Ltda").classified(Classification.CUSTOMER).build()).account();
        Account other = admin.accounts().create(anAccount().named("Outra SA").classified(Classification.CUSTOMER).build()).account();

        RevenueTestData.invoiced(admin, draft(admin, acme.id(), BRL, "1000"));
        List<Order> placedInMarch = RevenueTestData.ordered(admin, draft(admin, acme.id(), BRL, "40"));
        RevenueTestData.invoiced(admin, draft(admin, other.id(), BRL, "5000"));
        clock.advance(Duration.ofDays(40));
        RevenueTestData.invoiced(admin, draft(admin, acme.id(), BRL, "250.50"));
        RevenueTestData.invoiced(admin, draft(admin, acme.id(), USD, "99.99"));
        placedInMarch.forEach(order -> RevenueTestData.invoiced(admin, order));
        RevenueTestData.delivered(admin, RevenueTestData.ordered(admin, draft(admin, acme.id(), BRL, "700")).get(0));
        Order cancelled = RevenueTestData.ordered(admin, draft(admin, acme.id(), BRL, "300")).get(0);
        admin.orders().reportProgress(ReportOrderProgress.of(cancelled, OrderStatus.CANCELLED));

        CustomerRevenue revenue = admin.revenue().ofCustomer(acme.id());

        assertThat(revenue.asOf()).isEqualTo(LocalDate.of(2026, 4, 11));
        assertThat(revenue.months()).extracting(RevenueMonth::month, RevenueMonth::currency, RevenueMonth::amount)
                .as("an order counts in the month it was invoiced, not placed; delivered and cancelled ones not at all")
                .containsExactly(tuple(YearMonth.of(2026, 3), BRL, new BigDecimal("1000.00")),
                        tuple(YearMonth.of(2026, 4), BRL, new BigDecimal("290.50")),
                        tuple(YearMonth.of(2026, 4), USD, new BigDecimal("99.99")));
        assertThat(revenue.trailingTwelveMonths())
                .containsExactly(Map.entry(BRL, new BigDecimal("1290.50")), Map.entry(USD, new BigDecimal("99.99")));

        clock.set(LocalDate.of(2027, 3, 5).atTime(9, 0).toInstant(java.time.ZoneOffset.UTC));
        CustomerRevenue aYearLater = admin.revenue().ofCustomer(acme.id());
        assertThat(aYearLater.months()).as("March 2026 fell out of the twelve months").extracting(RevenueMonth::month)
                .containsOnly(YearMonth.of(2026, 4));
        assertThat(aYearLater.trailingTwelveMonths())
                .containsExactly(Map.entry(BRL, new BigDecimal("290.50")), Map.entry(USD, new BigDecimal("99.99")));
    }

    @Example
    void givenOrdersInvoicedAroundMidnightUtcOnTheFirst_whenRevenueIsRead_thenEachCountsInTheTenantsOwnMonth() {
        TestTenant tenant = newTenant(); // America/Sao_Paulo, three hours behind UTC
        CrmSession admin = tenant.admin();
        Account acme = admin.accounts().create(anAccount().named("Acme Ltda").classified(Classification.CUSTOMER).build()).account();
        clock.set(java.time.Instant.parse("2026-07-01T00:00:00Z")); // 30 June, 21:00 in São Paulo
        RevenueTestData.invoiced(admin, draft(admin, acme.id(), BRL, "10"));
        clock.set(java.time.Instant.parse("2026-07-01T02:59:59Z")); // 30 June, 23:59:59
        RevenueTestData.invoiced(admin, draft(admin, acme.id(), BRL, "20"));
        clock.set(java.time.Instant.parse("2026-07-01T03:00:00Z")); // 1 July, 00:00
        RevenueTestData.invoiced(admin, draft(admin, acme.id(), BRL, "400"));
        clock.set(java.time.Instant.parse("2026-08-01T02:00:00Z")); // 31 July, 23:00 in São Paulo

        CustomerRevenue revenue = admin.revenue().ofCustomer(acme.id());
        var range = admin.revenue().byMonth(acme.id(), YearMonth.of(2026, 6), YearMonth.of(2026, 7));

        assertThat(revenue.asOf()).as("today is the tenant's day").isEqualTo(LocalDate.of(2026, 7, 31));
        assertThat(revenue.months()).extracting(RevenueMonth::month, RevenueMonth::amount)
                .as("months begin at midnight in the tenant's zone, not in UTC")
                .containsExactly(tuple(YearMonth.of(2026, 6), new BigDecimal("30.00")),
                        tuple(YearMonth.of(2026, 7), new BigDecimal("400.00")));
        assertThat(range.months()).extracting(RevenueMonth::month, RevenueMonth::amount)
                .containsExactly(tuple(YearMonth.of(2026, 6), new BigDecimal("30.00")),
                        tuple(YearMonth.of(2026, 7), new BigDecimal("400.00")));
    }

    @Example
    void givenOrdersInvoicedOverTwoYears_whenARangeOfMonthsIsRead_thenEachMonthOfTheRangeHasItsInvoicesAndNothingOutsideCounts() {
        TestTenant tenant = newTenant();
        CrmSession admin = tenant.admin();
        Account acme = admin.accounts().create(anAccount().named("Acme Ltda").classified(Classification.CUSTOMER).build()).account();
        RevenueTestData.invoiced(admin, draft(admin, acme.id(), BRL, "100"));
        clock.advance(Duration.ofDays(400));
        RevenueTestData.invoiced(admin, draft(admin, acme.id(), BRL, "20"));
        RevenueTestData.invoiced(admin, draft(admin, acme.id(), USD, "7.25"));
        clock.advance(Duration.ofDays(31));
        RevenueTestData.invoiced(admin, draft(admin, acme.id(), BRL, "3"));
        YearMonth first = YearMonth.from(LocalDate.of(2026, 3, 2));

        var all = admin.revenue().byMonth(acme.id(), first, first.plusMonths(23));
        var middle = admin.revenue().byMonth(acme.id(), first.plusMonths(1), first.plusMonths(13));
        var one = admin.revenue().byMonth(acme.id(), first, first);

        assertThat(all.months()).extracting(RevenueMonth::month, RevenueMonth::currency, RevenueMonth::amount).containsExactly(
                tuple(first, BRL, new BigDecimal("100.00")), tuple(first.plusMonths(13), BRL, new BigDecimal("20.00")),
                tuple(first.plusMonths(13), USD, new BigDecimal("7.25")), tuple(first.plusMonths(14), BRL, new BigDecimal("3.00")));
        assertThat(all.total()).containsExactly(Map.entry(BRL, new BigDecimal("123.00")), Map.entry(USD, new BigDecimal("7.25")));
        assertThat(middle.months()).extracting(RevenueMonth::month).containsOnly(first.plusMonths(13));
        assertThat(middle.from()).isEqualTo(first.plusMonths(1));
        assertThat(one.months()).extracting(RevenueMonth::amount).containsExactly(new BigDecimal("100.00"));

        CrmSession inPortuguese = tenant.as(tenant.adminId(), java.util.Locale.forLanguageTag("pt-BR"));
        var backwards = thrown(dev.crmkit.common.InvalidCommandException.class,
                () -> inPortuguese.revenue().byMonth(acme.id(), first, first.minusMonths(1)));
        var tooLong = thrown(dev.crmkit.common.InvalidCommandException.class,
                () -> admin.revenue().byMonth(acme.id(), first, first.plusMonths(120)));
        var missing = thrown(dev.crmkit.common.InvalidCommandException.class,
                () -> admin.revenue().byMonth(null, null, first));
        assertThat(backwards.violations()).extracting(v -> v.path()).containsExactly("to");
        assertThat(backwards.getMessage(java.util.Locale.forLanguageTag("pt-BR"))).contains("primeiro mês");
        assertThat(tooLong.violations()).extracting(v -> v.path(), v -> v.code()).containsExactly(tuple("to", "MaxMonths"));
        assertThat(tooLong.getMessage()).contains("120 months");
        assertThat(missing.violations()).extracting(v -> v.path()).containsExactlyInAnyOrder("accountId", "from");
        assertThat(admin.revenue().byMonth(acme.id(), first, first.plusMonths(119)).months()).hasSize(4);
    }

    @Example
    void givenRevenueCardsAndQuotes_whenTheEstimateIsRead_thenItIsTheRunRatePlusTheWeightedPipelinePlusTheOpenQuotes() {
        TestTenant tenant = newTenant();
        CrmSession admin = tenant.admin();
        Account acme = admin.accounts().create(anAccount().named("Acme Ltda").classified(Classification.CUSTOMER).build()).account();
        RevenueTestData.invoiced(admin, draft(admin, acme.id(), BRL, "1200"));
        Pipeline sales = pipeline(admin, "Vendas");
        Pipeline renewals = pipeline(admin, "Renovações");
        Pipeline projects = pipeline(admin, "Projetos");
        Pipeline services = pipeline(admin, "Serviços");
        admin.cards().create(CreateCard.builder(sales.id(), "Ampliação").stageId(sales.stages().get(1).id())
                .accountId(acme.id()).value(Money.of("1000", "BRL")).build());
        admin.cards().create(CreateCard.builder(renewals.id(), "Renovação").stageId(renewals.stages().get(0).id())
                .accountId(acme.id()).value(Money.of("333.33", "BRL")).build());
        admin.cards().create(CreateCard.builder(services.id(), "Suporte").stageId(services.stages().get(2).id())
                .accountId(acme.id()).value(Money.of("700", "USD")).build());
        Card lost = admin.cards().create(CreateCard.builder(projects.id(), "Fábrica nova").stageId(projects.stages().get(1).id())
                .accountId(acme.id()).value(Money.of("5000", "BRL")).build());
        admin.cards().markLost(new MarkCardLost(lost.id(), "Preço", lost.version()));
        Quote discounted = admin.quotes().create(CreateQuote.builder(acme.id()).currency(BRL).discount(BigDecimal.TEN)
                .lines(QuoteLineInput.text("Projeto", BigDecimal.ONE, new BigDecimal("400"))).build());
        admin.quotes().changeStatus(ChangeQuoteStatus.of(discounted, QuoteStatus.SENT));
        RevenueTestData.accepted(admin, draft(admin, acme.id(), BRL, "150"));
        draft(admin, acme.id(), BRL, "999");
        Quote cancelled = draft(admin, acme.id(), BRL, "888");
        admin.quotes().changeStatus(ChangeQuoteStatus.of(cancelled, QuoteStatus.CANCELLED));

        List<EstimateLine> estimate = admin.revenue().estimate(acme.id()).lines();

        // 1200 / 12 = 100; 1000 x 60% + 333.33 x 10% = 633.333; 400 - 10% sent + 150 accepted; a stage without a
        // probability weighs nothing, a lost card and a draft or cancelled quote count nothing.
        assertThat(estimate).extracting(EstimateLine::currency, EstimateLine::runRate, EstimateLine::weightedPipeline,
                        EstimateLine::openQuotes, EstimateLine::total)
                .containsExactly(tuple(BRL, new BigDecimal("100.00"), new BigDecimal("633.33"), new BigDecimal("510.00"),
                                new BigDecimal("1243.33")),
                        tuple(USD, new BigDecimal("0.00"), new BigDecimal("0.00"), new BigDecimal("0.00"),
                                new BigDecimal("0.00")));

        clock.advance(Duration.ofDays(31));
        assertThat(admin.revenue().estimate(acme.id()).lines().get(0).openQuotes())
                .as("the sent quote expired after its thirty days; the accepted one still counts")
                .isEqualTo(new BigDecimal("150.00"));
    }

    @Example
    void givenCardsOfTwoSalespeople_whenAPipelinesForecastIsRead_thenItIsWeightedByMonthAndFollowsTheReadersScope() {
        TestTenant tenant = newTenant();
        CrmSession admin = tenant.admin();
        UserId bob = tenant.addUser(UserTestData.aUser().withId("bob").named("Bob").withScope(AccessScope.PORTFOLIO)).id();
        UserId carol = tenant.addUser(UserTestData.aUser().withId("carol").named("Carol").withScope(AccessScope.PORTFOLIO)).id();
        Account ofBob = admin.accounts().create(anAccount().named("Cliente do Bob").responsibles(bob).build()).account();
        Account alsoOfBob = admin.accounts().create(anAccount().named("Outro do Bob").responsibles(bob).build()).account();
        Account ofCarol = admin.accounts().create(anAccount().named("Cliente da Carol").responsibles(carol).build()).account();
        Pipeline pipeline = pipeline(admin, "Vendas", bob, carol);
        var contact = pipeline.stages().get(0).id();
        var proposal = pipeline.stages().get(1).id();
        admin.cards().create(CreateCard.builder(pipeline.id(), "Bob 1").stageId(proposal).accountId(ofBob.id())
                .salespersonId(bob).value(Money.of("1000", "BRL")).expectedCloseDate(LocalDate.of(2026, 4, 15)).build());
        admin.cards().create(CreateCard.builder(pipeline.id(), "Bob 2").stageId(contact).salespersonId(bob)
                .value(Money.of("500", "BRL")).expectedCloseDate(LocalDate.of(2026, 4, 30)).build());
        admin.cards().create(CreateCard.builder(pipeline.id(), "Carol 1").stageId(contact).accountId(ofCarol.id())
                .salespersonId(carol).value(Money.of("200", "USD")).expectedCloseDate(LocalDate.of(2026, 5, 1)).build());
        admin.cards().create(CreateCard.builder(pipeline.id(), "Sem vendedor").stageId(proposal)
                .value(Money.of("100", "BRL")).build());
        admin.cards().create(CreateCard.builder(pipeline.id(), "Sem valor").stageId(contact).accountId(alsoOfBob.id())
                .salespersonId(bob).expectedCloseDate(LocalDate.of(2026, 4, 1)).build());
        Card lost = admin.cards().create(CreateCard.builder(pipeline.id(), "Perdido").stageId(proposal).salespersonId(bob)
                .value(Money.of("9000", "BRL")).expectedCloseDate(LocalDate.of(2026, 4, 1)).build());
        admin.cards().markLost(new MarkCardLost(lost.id(), "Desistiu", lost.version()));

        List<ForecastLine> all = admin.revenue().forecast(pipeline.id()).lines();
        List<ForecastLine> bobs = tenant.as(bob).revenue().forecast(pipeline.id()).lines();

        assertThat(all).extracting(ForecastLine::salespersonId, ForecastLine::salespersonName, ForecastLine::closeMonth,
                        l -> l.amount().currency(), l -> l.amount().weighted(), l -> l.amount().open(), l -> l.amount().cards())
                .containsExactly(
                        tuple(bob, "Bob", YearMonth.of(2026, 4), BRL, new BigDecimal("650.00"), new BigDecimal("1500.00"), 2L),
                        tuple(carol, "Carol", YearMonth.of(2026, 5), USD, new BigDecimal("20.00"), new BigDecimal("200.00"), 1L),
                        tuple(null, null, null, BRL, new BigDecimal("60.00"), new BigDecimal("100.00"), 1L));
        assertThat(bobs).as("Carol's customer is outside Bob's portfolio: her card is left out, nothing of it shows")
                .extracting(ForecastLine::salespersonId, l -> l.amount().weighted())
                .containsExactly(tuple(bob, new BigDecimal("650.00")), tuple(null, new BigDecimal("60.00")));
    }

    @Example
    void givenAProspectWorkedOn_whenItsProfitabilityIsRead_thenItsWeightedValueIsSetAgainstInteractionsAndDays() {
        TestTenant tenant = newTenant();
        CrmSession admin = tenant.admin();
        Account prospect = admin.accounts().create(anAccount().named("Prospecto SA").classified(Classification.PROSPECT)
                .build()).account();
        Pipeline pipeline = pipeline(admin, "Vendas");
        Card card = admin.cards().create(CreateCard.builder(pipeline.id(), "Primeira venda").stageId(pipeline.stages().get(1).id())
                .accountId(prospect.id()).value(Money.of("1000", "BRL")).build());
        clock.advance(Duration.ofDays(10).plusHours(5));
        admin.agenda().create(CreateAgendaEntry.about(prospect.id(), null, "Visita", null));
        admin.agenda().create(CreateAgendaEntry.about(prospect.id(), null, "Ligação", null));
        for (String text : List.of("Gostou", "Pediu desconto", "Vai decidir")) {
            admin.cards().addComment(new AddComment(card.id(), text));
        }
        admin.messages().log(LogMessage.builder(prospect.id(), MessageDirection.INBOUND, MessageChannel.EMAIL)
                .subject("Proposta").body("Recebida").occurredAt(clock.instant()).build());

        Profitability profitability = admin.revenue().profitability(prospect.id());

        assertThat(profitability.effort().interactions()).isEqualTo(6);
        assertThat(profitability.effort().daysInPipeline()).isEqualTo(10);
        assertThat(profitability.lines()).singleElement().satisfies(line -> {
            assertThat(line.currency()).isEqualTo(BRL);
            assertThat(line.weightedValue()).isEqualTo(new BigDecimal("600.00"));
            assertThat(line.perInteraction()).isEqualTo(new BigDecimal("100.00"));
            assertThat(line.perDay()).isEqualTo(new BigDecimal("60.00"));
        });

        Account untouched = admin.accounts().create(anAccount().named("Novo").classified(Classification.PROSPECT).build()).account();
        Profitability none = admin.revenue().profitability(untouched.id());
        assertThat(none.effort()).isEqualTo(new dev.crmkit.revenue.ProspectEffort(0, 0, 0, 0));
        assertThat(none.lines()).isEmpty();
    }

    @Example
    void givenAPortfolioUser_whenReadingTheRevenueOfAnotherPortfolioOrAnUnusedPipeline_thenTheyAreNotFound() {
        TestTenant tenant = newTenant();
        CrmSession admin = tenant.admin();
        UserId bob = tenant.addUser("bob", AccessScope.PORTFOLIO).id();
        Account hidden = admin.accounts().create(anAccount().named("Não é do Bob").classified(Classification.CUSTOMER).build()).account();
        RevenueTestData.invoiced(admin, draft(admin, hidden.id(), BRL, "10"));
        Pipeline notBobs = pipeline(admin, "Sem o Bob");
        CrmSession asBob = tenant.as(bob);

        for (var read : List.<java.util.function.Function<AccountId, Object>>of(asBob.revenue()::ofCustomer,
                asBob.revenue()::estimate, asBob.revenue()::profitability,
                id -> asBob.revenue().byMonth(id, YearMonth.of(2026, 1), YearMonth.of(2026, 12)))) {
            NotFoundException seen = thrown(NotFoundException.class, () -> read.apply(hidden.id()));
            NotFoundException unknown = thrown(NotFoundException.class, () -> read.apply(AccountId.newId()));
            assertThat(seen.getMessage().replace(hidden.id().toString(), "?"))
                    .isEqualTo(unknown.getMessage().replaceAll("[0-9a-f-]{36}", "?"));
            assertThat(seen.field()).contains("accountId");
        }
        NotFoundException pipeline = thrown(NotFoundException.class, () -> asBob.revenue().forecast(notBobs.id()));
        NotFoundException unknown = thrown(NotFoundException.class, () -> asBob.revenue().forecast(PipelineId.newId()));
        assertThat(pipeline.getMessage().replace(notBobs.id().toString(), "?"))
                .isEqualTo(unknown.getMessage().replaceAll("[0-9a-f-]{36}", "?"));
        assertThat(admin.revenue().ofCustomer(hidden.id()).trailingTwelveMonths()).containsEntry(BRL, new BigDecimal("10.00"));
    }
}
