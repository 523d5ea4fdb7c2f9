package dev.crmkit.testkit;

import static dev.crmkit.testkit.AccountTestData.anAccount;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.crmkit.Actor;
import dev.crmkit.Crm;
import dev.crmkit.CrmSession;
import dev.crmkit.access.AccessScope;
import dev.crmkit.account.Account;
import dev.crmkit.account.Classification;
import dev.crmkit.common.ConflictException;
import dev.crmkit.common.InvalidCommandException;
import dev.crmkit.common.NotFoundException;
import dev.crmkit.common.OrderId;
import dev.crmkit.common.RuleViolationException;
import dev.crmkit.common.UserId;
import dev.crmkit.event.CardEvent;
import dev.crmkit.event.DomainEvent;
import dev.crmkit.event.EventRetryPolicy;
import dev.crmkit.event.OrderEvent;
import dev.crmkit.event.QuoteEvent;
import dev.crmkit.order.ConvertQuote;
import dev.crmkit.order.Order;
import dev.crmkit.order.OrderHistoryLine;
import dev.crmkit.order.OrderLine;
import dev.crmkit.order.OrderStatus;
import dev.crmkit.order.ReportOrderProgress;
import dev.crmkit.pipeline.Card;
import dev.crmkit.pipeline.CreateCard;
import dev.crmkit.pipeline.Pipeline;
import dev.crmkit.product.CreateProduct;
import dev.crmkit.product.Product;
import dev.crmkit.product.ProductDetails;
import dev.crmkit.product.ProductRoute;
import dev.crmkit.quote.ChangeQuoteStatus;
import dev.crmkit.quote.CreateQuote;
import dev.crmkit.quote.Quote;
import dev.crmkit.quote.QuoteLineInput;
import dev.crmkit.quote.QuoteStatus;
import dev.crmkit.spi.OrderGateway;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.Example;

/**
 * Orders: converting an accepted quote into one order per route in one unit of work (the quote, its card and its
 * account changing with it), the hand-over of each order to the host's gateway after the commit, at least once and
 * again after a refusal, the host's progress reports through a closed state machine, the order's history in the
 * reader's language, the reads, and the timeline.
 */
public abstract class OrderContract extends CrmKitSupport {

    private static final Currency BRL = Currency.getInstance("BRL");
    private static final Locale PT_BR = Locale.forLanguageTag("pt-BR");

    /** The host's side of the gateway: every order offered, and the ones it kept (deduplicated by id). */
    private final HostGateway gateway = new HostGateway();

    @Override
    protected OrderGateway orderGateway() {
        return gateway;
    }

    /** A gateway as a host writes one: it keeps each order id once, and may be told to fail. */
    static final class HostGateway implements OrderGateway {

        final List<OrderId> offered = Collections.synchronizedList(new ArrayList<>());
        final Set<OrderId> kept = Collections.synchronizedSet(new LinkedHashSet<>());
        final AtomicInteger failuresLeft = new AtomicInteger();

        @Override
        public void submit(Order order) {
            offered.add(order.id());
            if (failuresLeft.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                throw new IllegalStateException("ERP unavailable");
            }
            kept.add(order.id()); // idempotent by order id: an id already kept is acknowledged again
        }
    }

    /** A tenant with a product made by production, one sold by the sales office, a prospect and its open card. */
    private record World(TestTenant tenant, Product made, Product sold, Account prospect, Card card) {}

    private World world() {
        TestTenant tenant = newTenant();
        CrmSession admin = tenant.admin();
        Product made = admin.products().create(new CreateProduct(ProductDetails.builder("MADE", "Armário sob medida")
                .unit("un").route(ProductRoute.PRODUCTION).build()));
        Product sold = admin.products().create(new CreateProduct(ProductDetails.builder("SOLD", "Puxador")
                .unit("un").route(ProductRoute.SALES).build()));
        Account prospect = admin.accounts().create(anAccount().named("Móveis Boa Vista Ltda")
                .classified(Classification.PROSPECT).build()).account();
        Pipeline pipeline = PipelineTestData.aPipeline().createdBy(admin);
        Card card = admin.cards().create(CreateCard.builder(pipeline.id(), "Cozinha").accountId(prospect.id()).build());
        return new World(tenant, made, sold, prospect, card);
    }

    /** A quote of the world's prospect, on its card, with lines of both routes and a free-text one, accepted. */
    private static Quote accepted(World w) {
        return accept(w.tenant().admin(), w.tenant().admin().quotes().create(CreateQuote.builder(w.prospect().id())
                .currency(BRL).card(w.card().id())
                .lines(QuoteLineInput.product(w.sold().id(), new BigDecimal("4")).withUnitPrice(new BigDecimal("12.50")),
                        QuoteLineInput.product(w.made().id(), BigDecimal.ONE).withUnitPrice(new BigDecimal("2500")),
                        QuoteLineInput.text("Montagem", BigDecimal.ONE, new BigDecimal("300"))
                                .withDiscount(new BigDecimal("10")))
                .build()));
    }

    private static Quote accept(CrmSession session, Quote draft) {
        Quote sent = session.quotes().changeStatus(ChangeQuoteStatus.of(draft, QuoteStatus.SENT));
        return session.quotes().changeStatus(ChangeQuoteStatus.of(sent, QuoteStatus.ACCEPTED));
    }

    @Example
    void givenAnAcceptedQuoteOfBothRoutes_whenConverted_thenOneOrderPerRouteAndTheQuoteCardAndAccountAreConverted() {
        World w = world();
        CrmSession admin = w.tenant().admin();
        Quote quote = accepted(w);

        List<Order> orders = admin.orders().convert(ConvertQuote.of(quote));

        assertThat(orders).extracting(Order::number, Order::route, Order::status, Order::subtotal)
                .containsExactly(tuple(quote.number() + "-P", ProductRoute.PRODUCTION, OrderStatus.PLACED,
                                new BigDecimal("2500.00")),
                        tuple(quote.number() + "-S", ProductRoute.SALES, OrderStatus.PLACED, new BigDecimal("320.00")));
        Order sales = orders.get(1);
        assertThat(sales.lines()).extracting(l -> l.line().item().description(), OrderLine::total)
                .containsExactly(tuple("Puxador", new BigDecimal("50.00")), tuple("Montagem", new BigDecimal("270.00")));
        assertThat(sales.lines().get(0).line()).isEqualTo(quote.revision().lines().get(0));
        assertThat(orders).allSatisfy(o -> {
            assertThat(o.quoteId()).isEqualTo(quote.id());
            assertThat(o.quoteRevision()).isEqualTo(1);
            assertThat(o.accountId()).isEqualTo(w.prospect().id());
            assertThat(o.cardId()).isEqualTo(w.card().id());
            assertThat(o.currency()).isEqualTo(BRL);
            assertThat(o.steps()).extracting(s -> s.status(), s -> s.by(), s -> s.byName())
                    .containsExactly(tuple(OrderStatus.PLACED, w.tenant().adminId(), "Admin"));
            assertThat(admin.orders().get(o.id())).isEqualTo(o);
        });
        assertThat(admin.quotes().get(quote.id()).status()).isEqualTo(QuoteStatus.CONVERTED);
        assertThat(admin.cards().get(w.card().id()).convertedToCustomerAt()).isPresent();
        assertThat(admin.accounts().get(w.prospect().id()).classification()).isEqualTo(Classification.CUSTOMER);
        assertThat(admin.orders().ofQuote(quote.id())).isEqualTo(orders);
        assertThat(admin.orders().ofAccount(w.prospect().id(), 10)).containsExactlyInAnyOrderElementsOf(orders);
        assertThat(admin.orders().ofAccount(w.prospect().id(), 1)).hasSize(1);
        assertThat(admin.accounts().profile(w.prospect().id()).orders()).as("the profile lists the account's orders")
                .containsExactlyInAnyOrderElementsOf(orders)
                .containsExactlyElementsOf(admin.orders().ofAccount(w.prospect().id(), 10));

        crm().relayEvents();
        List<DomainEvent> events = published.eventsOf(w.tenant().id());
        assertThat(events.subList(events.size() - 5, events.size())).extracting(e -> e.getClass().getSimpleName())
                .containsExactly("OrderPlaced", "OrderPlaced", "QuoteStatusChanged", "CardOutcomeChanged",
                        "AccountClassified");
        assertThat(published.eventsOf(w.tenant().id(), CardEvent.CardOutcomeChanged.class)).extracting(e -> e.outcome())
                .containsExactly(CardEvent.Outcome.CONVERTED_TO_CUSTOMER);
        assertThat(published.eventsOf(w.tenant().id(), QuoteEvent.QuoteStatusChanged.class)).last()
                .extracting(e -> e.to()).isEqualTo(QuoteStatus.CONVERTED);
        assertThat(w.tenant().as(w.tenant().adminId(), PT_BR).accounts().timeline(w.prospect().id(), null, 10).items())
                .extracting(e -> e.summary())
                .contains("Pedido " + quote.number() + "-P emitido para produção: BRL 2500.00",
                        "Pedido " + quote.number() + "-S emitido para escritório de vendas: BRL 320.00",
                        "Orçamento " + quote.number() + " passou de aceito para convertido");
    }

    @Example
    void givenAQuoteOfOneRouteOfACustomer_whenConverted_thenOneOrderAndTheAccountStaysAsItIs() {
        World w = world();
        CrmSession admin = w.tenant().admin();
        Account customer = admin.accounts().create(anAccount().named("Cliente Antigo SA")
                .classified(Classification.CUSTOMER).build()).account();
        Account partner = admin.accounts().create(anAccount().named("Parceiro SA")
                .classified(Classification.OTHER).build()).account();

        List<Order> ofCustomer = admin.orders().convert(ConvertQuote.of(accept(admin, admin.quotes().create(
                CreateQuote.builder(customer.id()).currency(BRL)
                        .lines(QuoteLineInput.product(w.made().id(), BigDecimal.TEN).withUnitPrice(BigDecimal.ONE)).build()))));
        List<Order> ofPartner = admin.orders().convert(ConvertQuote.of(accept(admin, admin.quotes().create(
                CreateQuote.builder(partner.id()).currency(BRL)
                        .lines(QuoteLineInput.text("Consultoria", BigDecimal.ONE, BigDecimal.TEN)).build()))));

        assertThat(ofCustomer).extracting(Order::route).containsExactly(ProductRoute.PRODUCTION);
        assertThat(ofPartner).extracting(Order::route).containsExactly(ProductRoute.SALES);
        assertThat(admin.accounts().get(customer.id())).isEqualTo(customer);
        assertThat(admin.accounts().get(partner.id()).classification()).isEqualTo(Classification.OTHER);
    }

    @Example
    void givenAQuoteNotAccepted_orStale_orConvertedAlready_whenConverted_thenRefusedAndNothingChanges() {
        World w = world();
        CrmSession admin = w.tenant().admin();
        Quote draft = admin.quotes().create(CreateQuote.builder(w.prospect().id()).currency(BRL)
                .lines(QuoteLineInput.text("Projeto", BigDecimal.ONE, BigDecimal.TEN)).build());

        RuleViolationException notAccepted = thrown(RuleViolationException.class,
                () -> w.tenant().as(w.tenant().adminId(), PT_BR).orders().convert(ConvertQuote.of(draft)));
        Quote accepted = accept(admin, draft);
        ConflictException stale = thrown(ConflictException.class, () -> admin.orders().convert(ConvertQuote.of(draft)));
        admin.orders().convert(ConvertQuote.of(accepted));
        Quote converted = admin.quotes().get(accepted.id());
        RuleViolationException again = thrown(RuleViolationException.class,
                () -> admin.orders().convert(ConvertQuote.of(converted)));
        RuleViolationException moved = thrown(RuleViolationException.class,
                () -> admin.quotes().changeStatus(ChangeQuoteStatus.of(converted, QuoteStatus.REJECTED)));

        assertThat(notAccepted.field()).contains("quoteId");
        assertThat(notAccepted.getLocalizedMessage()).contains(draft.number()).contains("rascunho")
                .contains("só um orçamento aceito");
        assertThat(stale.field()).isNotEmpty();
        assertThat(again.getMessage()).contains("converted");
        assertThat(moved.field()).contains("status");
        assertThat(admin.orders().ofQuote(draft.id())).hasSize(1);
        assertThat(admin.accounts().get(w.prospect().id()).classification()).isEqualTo(Classification.CUSTOMER);
        assertThat(admin.cards().get(w.card().id()).open()).as("a quote without the card leaves it").isTrue();
    }

    @Example
    void givenAConversion_whenItCommits_thenTheGatewayReceivesEachOrderAndOnlyCommittedOnes() {
        World w = world();
        CrmSession admin = w.tenant().admin();
        Quote quote = accepted(w);

        List<Order> orders = admin.orders().convert(ConvertQuote.of(quote));
        crm().relayEvents();

        assertThat(gateway.kept).containsExactlyElementsOf(orders.stream().map(Order::id).toList());
        assertThat(gateway.offered).containsExactlyElementsOf(orders.stream().map(Order::id).toList());
        assertThat(published.eventsOf(w.tenant().id(), OrderEvent.OrderPlaced.class)).extracting(e -> e.orderId())
                .containsExactlyElementsOf(gateway.kept);

        Quote draft = admin.quotes().create(CreateQuote.builder(w.prospect().id()).currency(BRL)
                .lines(QuoteLineInput.text("Projeto", BigDecimal.ONE, BigDecimal.TEN)).build());
        thrown(RuleViolationException.class, () -> admin.orders().convert(ConvertQuote.of(draft)));
        crm().relayEvents();
        assertThat(gateway.offered).as("a refused conversion hands nothing over").hasSize(2);
    }

    @Example
    void givenNoGateway_whenAQuoteIsConverted_thenItsOrdersAreStoredAndAnnouncedToTheEventPublisherOnly() {
        World w = world();
        Quote quote = accepted(w);
        crm().relayEvents();
        RecordingPublisher publisher = new RecordingPublisher();
        try (Crm plain = Crm.builder().store(store()).clock(clock).eventPublisher(publisher).build()) {
            CrmSession admin = plain.as(Actor.of(w.tenant().id(), w.tenant().adminId()));

            List<Order> orders = admin.orders().convert(ConvertQuote.of(quote));
            plain.relayEvents();

            assertThat(publisher.eventsOf(w.tenant().id(), OrderEvent.OrderPlaced.class)).extracting(e -> e.orderId())
                    .containsExactlyElementsOf(orders.stream().map(Order::id).toList());
            assertThat(admin.orders().ofQuote(quote.id())).isEqualTo(orders)
                    .allSatisfy(o -> assertThat(o.status()).isEqualTo(OrderStatus.PLACED));
        }
        crm().relayEvents();
        assertThat(gateway.offered).as("delivered by the Crm without a gateway: nothing left for this one").isEmpty();
    }

    @Example
    void givenAGatewayThatFails_whenTheRelayRetries_thenTheOrderIsOfferedAgainAndTheHostKeepsItOnce() {
        World w = world();
        CrmSession admin = w.tenant().admin();
        gateway.failuresLeft.set(1);

        List<Order> orders = admin.orders().convert(ConvertQuote.of(accepted(w)));
        crm().relayEvents();

        OrderId production = orders.get(0).id();
        OrderId sales = orders.get(1).id();
        assertThat(gateway.offered).as("the failed order holds up no other order").containsExactly(production, sales);
        assertThat(gateway.kept).containsExactly(sales);
        assertThat(admin.orders().get(production).status()).as("the conversion committed").isEqualTo(OrderStatus.PLACED);

        clock.advance(EventRetryPolicy.DEFAULT.firstDelay());
        crm().relayEvents();
        assertThat(gateway.offered).containsExactly(production, sales, production);
        assertThat(gateway.kept).containsExactlyInAnyOrder(production, sales);

        // Taken by the gateway, then refused by the event publisher: offered again, kept once.
        Quote other = accept(admin, admin.quotes().create(CreateQuote.builder(w.prospect().id()).currency(BRL)
                .lines(QuoteLineInput.text("Projeto", BigDecimal.ONE, BigDecimal.TEN)).build()));
        published.refuse(e -> e instanceof OrderEvent.OrderPlaced);
        OrderId third = admin.orders().convert(ConvertQuote.of(other)).get(0).id();
        crm().relayEvents();
        published.acceptAll();
        clock.advance(EventRetryPolicy.DEFAULT.firstDelay());
        crm().relayEvents();

        assertThat(gateway.offered.stream().filter(third::equals)).as("at least once: twice here").hasSize(2);
        assertThat(gateway.kept).containsExactlyInAnyOrder(production, sales, third);
        assertThat(published.eventsOf(w.tenant().id(), OrderEvent.OrderPlaced.class)).extracting(e -> e.orderId())
                .containsExactlyInAnyOrder(production, sales, third);
    }

    @Example
    void givenAnOrder_whenTheHostReportsEachStep_thenTheHistoryKeepsThemInTheReadersLanguage() {
        World w = world();
        CrmSession admin = w.tenant().admin();
        UserId erp = w.tenant().addUser("erp", AccessScope.ALL).id();
        CrmSession host = w.tenant().as(erp);
        Order placed = admin.orders().convert(ConvertQuote.of(accepted(w))).get(0);

        Order accepted = host.orders().reportProgress(ReportOrderProgress.of(placed, OrderStatus.ACCEPTED));
        Order making = host.orders().reportProgress(ReportOrderProgress.unversioned(placed.id(), OrderStatus.IN_PRODUCTION,
                null));
        Order repeated = host.orders().reportProgress(ReportOrderProgress.unversioned(placed.id(),
                OrderStatus.IN_PRODUCTION, null));
        Order delivered = host.orders().reportProgress(ReportOrderProgress.of(making, OrderStatus.DELIVERED));
        Order invoiced = host.orders().reportProgress(ReportOrderProgress.invoiced(delivered, " NF-2026-0042 "));

        assertThat(accepted.status()).isEqualTo(OrderStatus.ACCEPTED);
        assertThat(repeated).as("the same report again changes nothing").isEqualTo(making);
        assertThat(invoiced.status()).isEqualTo(OrderStatus.INVOICED);
        assertThat(invoiced.invoiceReference()).isEqualTo("NF-2026-0042");
        assertThat(invoiced.lines()).isEqualTo(placed.lines());
        assertThat(invoiced.number()).isEqualTo(placed.number());
        assertThat(invoiced.steps()).extracting(s -> s.status(), s -> s.by())
                .containsExactly(tuple(OrderStatus.PLACED, w.tenant().adminId()), tuple(OrderStatus.ACCEPTED, erp),
                        tuple(OrderStatus.IN_PRODUCTION, erp), tuple(OrderStatus.DELIVERED, erp),
                        tuple(OrderStatus.INVOICED, erp));
        assertThat(admin.orders().get(placed.id())).isEqualTo(invoiced);
        List<OrderHistoryLine> history = w.tenant().as(w.tenant().adminId(), PT_BR).orders().history(placed.id());
        assertThat(history).extracting(OrderHistoryLine::status).containsExactly("emitido", "aceito", "em produção",
                "entregue", "faturado");
        assertThat(history.get(0).summary()).isEqualTo("Pedido " + placed.number() + " emitido por Admin");
        assertThat(history.get(2).summary()).startsWith("em produção, informado por ");
        assertThat(history.get(4).summary()).startsWith("Faturado com a fatura NF-2026-0042, informado por ");
        assertThat(admin.orders().history(placed.id()).get(1).summary()).startsWith("accepted, reported by ");

        crm().relayEvents();
        assertThat(published.eventsOf(w.tenant().id(), OrderEvent.OrderProgressed.class))
                .extracting(e -> e.from(), e -> e.to(), e -> e.invoiceReference())
                .containsExactly(tuple(OrderStatus.PLACED, OrderStatus.ACCEPTED, null),
                        tuple(OrderStatus.ACCEPTED, OrderStatus.IN_PRODUCTION, null),
                        tuple(OrderStatus.IN_PRODUCTION, OrderStatus.DELIVERED, null),
                        tuple(OrderStatus.DELIVERED, OrderStatus.INVOICED, "NF-2026-0042"));
        assertThat(w.tenant().as(w.tenant().adminId(), PT_BR).accounts().timeline(w.prospect().id(), null, 4).items())
                .extracting(e -> e.summary())
                .contains("Pedido " + placed.number() + " faturado: fatura NF-2026-0042",
                        "Pedido " + placed.number() + " passou de em produção para entregue");
    }

    @Example
    void givenAnOrder_whenAReportBreaksTheStateMachineOrItsInvoiceRule_thenItIsRefusedNamingTheFieldAndNothingChanges() {
        World w = world();
        CrmSession admin = w.tenant().admin();
        CrmSession inPortuguese = w.tenant().as(w.tenant().adminId(), PT_BR);
        Order placed = admin.orders().convert(ConvertQuote.of(accepted(w))).get(0);

        RuleViolationException skipped = thrown(RuleViolationException.class,
                () -> inPortuguese.orders().reportProgress(ReportOrderProgress.of(placed, OrderStatus.DELIVERED)));
        InvalidCommandException noReference = thrown(InvalidCommandException.class, () -> admin.orders().reportProgress(
                new ReportOrderProgress(placed.id(), placed.version(), OrderStatus.INVOICED, "  ")));
        InvalidCommandException extraReference = thrown(InvalidCommandException.class, () -> inPortuguese.orders()
                .reportProgress(new ReportOrderProgress(placed.id(), placed.version(), OrderStatus.ACCEPTED, "NF-1")));
        InvalidCommandException noStatus = thrown(InvalidCommandException.class, () -> admin.orders().reportProgress(
                new ReportOrderProgress(placed.id(), placed.version(), null, null)));
        Order accepted = admin.orders().reportProgress(ReportOrderProgress.of(placed, OrderStatus.ACCEPTED));
        ConflictException stale = thrown(ConflictException.class,
                () -> admin.orders().reportProgress(ReportOrderProgress.of(placed, OrderStatus.CANCELLED)));
        Order cancelled = admin.orders().reportProgress(ReportOrderProgress.of(accepted, OrderStatus.CANCELLED));
        RuleViolationException afterCancel = thrown(RuleViolationException.class,
                () -> admin.orders().reportProgress(ReportOrderProgress.of(cancelled, OrderStatus.ACCEPTED)));
        NotFoundException unknown = thrown(NotFoundException.class, () -> admin.orders().get(OrderId.newId()));

        assertThat(skipped.field()).contains("status");
        assertThat(skipped.getLocalizedMessage()).isEqualTo("O pedido " + placed.number()
                + " não pode passar de emitido para entregue.");
        assertThat(noReference.violations()).extracting(v -> v.path(), v -> v.code())
                .containsExactly(tuple("invoiceReference", "NotBlank"));
        assertThat(extraReference.violations()).extracting(v -> v.path(), v -> v.message())
                .containsExactly(tuple("invoiceReference", "só é informado quando o pedido é faturado"));
        assertThat(noStatus.violations()).extracting(v -> v.path()).containsExactly("status");
        assertThat(stale.field()).isNotEmpty();
        assertThat(afterCancel.getMessage()).contains("cancelled").contains("accepted");
        assertThat(unknown.field()).contains("orderId");
        assertThat(admin.orders().get(placed.id()).steps()).extracting(s -> s.status())
                .containsExactly(OrderStatus.PLACED, OrderStatus.ACCEPTED, OrderStatus.CANCELLED);
        assertThat(OrderStatus.DELIVERED.next()).containsExactly(OrderStatus.INVOICED);
        assertThat(OrderStatus.INVOICED.closed()).isTrue();
    }

    @Example
    void givenAPortfolioUser_whenReadingOrdersOfAnotherPortfolio_thenTheyAreNotFound() {
        World w = world();
        CrmSession admin = w.tenant().admin();
        UserId bob = w.tenant().addUser("bob", AccessScope.PORTFOLIO).id();
        Order order = admin.orders().convert(ConvertQuote.of(accepted(w))).get(0);
        CrmSession asBob = w.tenant().as(bob);

        NotFoundException hidden = thrown(NotFoundException.class, () -> asBob.orders().get(order.id()));
        NotFoundException unknown = thrown(NotFoundException.class, () -> asBob.orders().get(OrderId.newId()));
        NotFoundException report = thrown(NotFoundException.class, () -> asBob.orders().reportProgress(
                ReportOrderProgress.of(order, OrderStatus.ACCEPTED)));

        assertThat(hidden.getMessage().replace(order.id().toString(), "?"))
                .isEqualTo(unknown.getMessage().replaceAll("[0-9a-f-]{36}", "?"));
        assertThat(report.field()).contains("orderId");
        assertThat(admin.orders().get(order.id())).isEqualTo(order);
    }
}
