package dev.crmkit.testkit;

import static dev.crmkit.testkit.AccountTestData.anAccount;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.crmkit.CrmSession;
import dev.crmkit.access.AccessScope;
import dev.crmkit.account.Account;
import dev.crmkit.catalog.CatalogKind;
import dev.crmkit.common.AccessDeniedException;
import dev.crmkit.common.CatalogEntryId;
import dev.crmkit.common.ConflictException;
import dev.crmkit.common.InvalidCommandException;
import dev.crmkit.common.NotFoundException;
import dev.crmkit.common.ProductId;
import dev.crmkit.common.RuleViolationException;
import dev.crmkit.common.UserId;
import dev.crmkit.common.Violation;
import dev.crmkit.discount.DeleteDiscountPolicy;
import dev.crmkit.discount.DiscountCondition;
import dev.crmkit.discount.DiscountItem;
import dev.crmkit.discount.DiscountLimit;
import dev.crmkit.discount.DiscountPolicy;
import dev.crmkit.discount.DiscountScope;
import dev.crmkit.discount.DiscountTerms;
import dev.crmkit.discount.EndDiscountPolicy;
import dev.crmkit.discount.SetDiscountLimit;
import dev.crmkit.discount.UpdateDiscountPolicy;
import dev.crmkit.event.DiscountEvent;
import dev.crmkit.event.QuoteEvent;
import dev.crmkit.order.Order;
import dev.crmkit.product.CreatePriceList;
import dev.crmkit.product.CreateProduct;
import dev.crmkit.product.PriceList;
import dev.crmkit.product.Product;
import dev.crmkit.product.ProductDetails;
import dev.crmkit.product.SetProductPrice;
import dev.crmkit.product.Validity;
import dev.crmkit.quote.ChangeQuoteStatus;
import dev.crmkit.quote.CreateQuote;
import dev.crmkit.quote.DecideQuoteDiscount;
import dev.crmkit.quote.Quote;
import dev.crmkit.quote.QuoteApproval;
import dev.crmkit.quote.QuoteLine;
import dev.crmkit.quote.QuoteLineInput;
import dev.crmkit.quote.QuoteStatus;
import dev.crmkit.quote.QuoteTax;
import dev.crmkit.quote.QuoteTotals;
import dev.crmkit.quote.UpdateQuote;
import dev.crmkit.spi.TaxCalculator;
import dev.crmkit.spi.TaxRequest;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Example;

/**
 * Discount policies and manual-discount approvals: which policy a quote line takes (the precedence table, on a
 * real store), policies' life (create, update, end, delete, list, events), the revenue condition, the quote's own
 * discount and its rounding, and the approval of manual discounts above a user's or a team's limit.
 */
public abstract class DiscountContract extends CrmKitSupport {

    private static final Currency BRL = Currency.getInstance("BRL");
    /** The test clock's today in the tenants' zone (America/Sao_Paulo): Monday 2 March 2026. */
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

    /** A tax of 10% of each line's net amount. */
    @Override
    protected TaxCalculator taxCalculator() {
        return request -> {
            BigDecimal base = BigDecimal.ZERO;
            for (TaxRequest.Line line : request.lines()) {
                base = base.add(line.amount());
            }
            return List.of(new QuoteTax("VAT", base.multiply(new BigDecimal("0.10"))));
        };
    }

    /** A tenant with two products of a group and one without, a BRL list, a customer type and an account of both. */
    private record World(TestTenant tenant, Product fiber, Product radio, Product router, PriceList list,
            CatalogEntryId retail, Account buyer, Account other) {}

    private World world() {
        TestTenant tenant = newTenant();
        CrmSession admin = tenant.admin();
        Product fiber = admin.products().create(new CreateProduct(ProductDetails.builder("FIB", "Fibra").group("Internet")
                .build()));
        Product radio = admin.products().create(new CreateProduct(ProductDetails.builder("RAD", "Rádio").group("internet")
                .build()));
        Product router = admin.products().create(new CreateProduct(ProductDetails.builder("RT", "Roteador").build()));
        PriceList list = admin.priceLists().create(new CreatePriceList("Atacado", BRL));
        for (Product p : List.of(fiber, radio, router)) {
            admin.priceLists().setPrice(new SetProductPrice(list.id(), p.id(), new BigDecimal("100.00"),
                    Validity.from(TODAY.minusDays(10))));
        }
        CatalogEntryId retail = tenant.addEntry(CatalogKind.CUSTOMER_TYPE, "Varejo").id();
        Account buyer = admin.accounts().create(anAccount().named("Mercado Bom Preço Ltda")
                .withCatalogs(retail, null, null, list.id()).build()).account();
        Account other = admin.accounts().create(anAccount().named("Padaria Central Ltda")
                .withCatalogs(retail, null, null, list.id()).build()).account();
        return new World(tenant, fiber, radio, router, list, retail, buyer, other);
    }

    private static DiscountTerms.Builder terms(String name, String percent) {
        return DiscountTerms.builder(name, new BigDecimal(percent), TODAY.minusDays(1));
    }

    private static QuoteLineInput line(Product product, String quantity) {
        return QuoteLineInput.product(product.id(), new BigDecimal(quantity));
    }

    @Example
    void givenPoliciesOfEveryScopeAndItem_whenQuoted_thenEachLineTakesTheMostSpecificThatHoldsAndRecordsIt() {
        World w = world();
        CrmSession admin = w.tenant().admin();
        Policies p = new Policies(admin);
        DiscountPolicy everyone = p.create(terms("Todos", "1"));
        DiscountPolicy bulk = p.create(terms("Atacado 10+", "4").scope(new DiscountScope.PriceList(w.list().id()))
                .condition(new DiscountCondition.MinimumQuantity(BigDecimal.TEN)));
        DiscountPolicy retailFiber = p.create(terms("Varejo fibra", "6").scope(new DiscountScope.CustomerType(w.retail()))
                .item(new DiscountItem.Product(w.fiber().id())));
        DiscountPolicy buyerInternet = p.create(terms("Bom Preço internet", "3")
                .scope(new DiscountScope.Account(w.buyer().id())).item(new DiscountItem.Group(" INTERNET ")));
        p.create(terms("Expirada", "50").scope(new DiscountScope.Account(w.buyer().id()))
                .validity(new Validity(TODAY.minusDays(30), TODAY.minusDays(1))));

        Quote forBuyer = admin.quotes().create(CreateQuote.builder(w.buyer().id()).lines(line(w.fiber(), "1"),
                line(w.radio(), "1"), line(w.router(), "1"), line(w.router(), "10"),
                line(w.fiber(), "1").withDiscount(new BigDecimal("2")),
                QuoteLineInput.text("Instalação", BigDecimal.ONE, new BigDecimal("50"))).build());
        Quote forOther = admin.quotes().create(CreateQuote.builder(w.other().id()).lines(line(w.fiber(), "1"),
                line(w.radio(), "1")).build());

        // The account's group policy beats the customer type's product policy: the customer is named first.
        assertThat(forBuyer.revision().lines()).extracting(QuoteLine::discountPercent, QuoteLine::policyId)
                .containsExactly(tuple(new BigDecimal("3.00"), buyerInternet.id()),
                        tuple(new BigDecimal("3.00"), buyerInternet.id()),
                        tuple(new BigDecimal("1.00"), everyone.id()),
                        tuple(new BigDecimal("4.00"), bulk.id()),
                        tuple(new BigDecimal("2"), null),
                        tuple(BigDecimal.ZERO, null));
        assertThat(forBuyer.revision().totals().lineTotals()).containsExactly(new BigDecimal("97.00"),
                new BigDecimal("97.00"), new BigDecimal("99.00"), new BigDecimal("960.00"), new BigDecimal("98.00"),
                new BigDecimal("50.00"));
        assertThat(forOther.revision().lines()).extracting(QuoteLine::policyId)
                .containsExactly(retailFiber.id(), everyone.id());
        assertThat(p.list()).extracting(DiscountPolicy::id).startsWith(buyerInternet.id()).endsWith(everyone.id());

        // An edit weighs the policies again: ending the account's policy hands its lines to the next ones.
        p.end(EndDiscountPolicy.of(buyerInternet));
        Quote edited = admin.quotes().update(UpdateQuote.from(forBuyer));
        assertThat(edited.revision().lines()).extracting(QuoteLine::policyId)
                .containsExactly(retailFiber.id(), everyone.id(), everyone.id(), bulk.id(), null, null);
    }

    @Example
    void givenAPolicy_whenChangedEndedAndDeleted_thenEachStepIsCheckedRaisesAnEventAndStaleOrForeignWritesAreRefused() {
        World w = world();
        CrmSession admin = w.tenant().admin();
        Policies p = new Policies(admin);
        w.tenant().addUser("bob", AccessScope.ALL);
        CrmSession bob = w.tenant().as(UserId.of("bob"));

        DiscountPolicy created = p.create(terms("Fidelidade", "5").scope(new DiscountScope.Account(w.buyer().id())));
        DiscountPolicy changed = p.update(UpdateDiscountPolicy.from(created).changing(b -> b.percent(new BigDecimal("7.5"))));
        InvalidCommandException bad = thrown(InvalidCommandException.class, () -> p.create(terms("fidelidade", "5")
                .item(new DiscountItem.Product(ProductId.newId()))
                .scope(new DiscountScope.CustomerType(w.list().id()))
                .validity(new Validity(TODAY, TODAY.minusDays(1)))));
        InvalidCommandException shape = thrown(InvalidCommandException.class, () -> p.create(terms("Outra", "101")));
        thrown(ConflictException.class, () -> p.update(UpdateDiscountPolicy.from(created)));
        thrown(AccessDeniedException.class, () -> new Policies(bob).create(terms("Do Bob", "1")));
        clock.advance(Duration.ofDays(3));
        DiscountPolicy ended = p.end(EndDiscountPolicy.of(changed));
        DiscountPolicy future = p.create(DiscountTerms.builder("Futura", BigDecimal.ONE, TODAY.plusDays(30)));
        RuleViolationException notStarted = thrown(RuleViolationException.class, () -> p.end(EndDiscountPolicy.of(future)));
        p.delete(DeleteDiscountPolicy.of(future));

        assertThat(changed.terms().percent()).isEqualByComparingTo("7.5");
        assertThat(changed.version()).isEqualTo(created.version().next());
        assertThat(bad.violations()).extracting(Violation::path, Violation::code).containsExactlyInAnyOrder(
                tuple("validity.until", "BeforeValidFrom"), tuple("name", "Unique"),
                tuple("scope.customerTypeId", "WrongKind"), tuple("item.productId", "UnknownReference"));
        assertThat(shape.violations()).extracting(Violation::path).containsExactly("percent");
        assertThat(ended.terms().validity()).isEqualTo(new Validity(TODAY.minusDays(1), TODAY.plusDays(2)));
        assertThat(notStarted.getMessage()).contains("Futura");
        assertThat(p.list()).containsExactly(ended);
        assertThat(bob.discounts().get(ended.id())).isEqualTo(ended);
        thrown(NotFoundException.class, () -> admin.discounts().get(future.id()));
        crm().relayEvents();
        assertThat(published.eventsOf(w.tenant().id(), DiscountEvent.class)).extracting(e -> e.getClass().getSimpleName())
                .containsExactly("DiscountPolicyCreated", "DiscountPolicyUpdated", "DiscountPolicyUpdated",
                        "DiscountPolicyCreated", "DiscountPolicyDeleted");
        assertThat(published.eventsOf(w.tenant().id(), DiscountEvent.DiscountPolicyUpdated.class).get(1).changes())
                .extracting("field", "newValue").containsExactly(tuple("validUntil", TODAY.plusDays(2).toString()));
        assertThat(admin.discounts().history(created.id())).extracting(e -> e.summary()).containsExactly(
                "Discount policy \"Fidelidade\" created: 5%",
                "Discount policy \"Fidelidade\" changed: Percentage",
                "Discount policy \"Fidelidade\" changed: Valid until");
        assertThat(w.tenant().as(w.tenant().adminId(), Locale.forLanguageTag("pt-BR")).discounts().history(future.id()))
                .extracting(e -> e.summary(), e -> e.actorName())
                .containsExactly(tuple("Política de desconto \"Futura\" criada: 1%", "Admin"),
                        tuple("Política de desconto \"Futura\" excluída", "Admin"));
        assertThat(admin.discounts().history(created.id()).get(1).lines())
                .extracting("field", "oldValue", "newValue").containsExactly(tuple("percent", "5", "7.5"));
    }

    @Example
    void givenPoliciesAndALimitReferringToCatalogEntriesAndAnAccount_whenThoseAreDeleted_thenEntriesAreKeptAndTheAccountsPoliciesGo() {
        World w = world();
        CrmSession admin = w.tenant().admin();
        Policies p = new Policies(admin);
        CatalogEntryId team = w.tenant().addTeam("Balcão");
        CatalogEntryId wholesale = w.tenant().addEntry(CatalogKind.CUSTOMER_TYPE, "Atacadista").id();
        Account lead = admin.accounts().create(anAccount().named("Loja Efêmera Ltda").build()).account();
        DiscountPolicy byType = p.create(terms("Atacadistas", "3").scope(new DiscountScope.CustomerType(wholesale)));
        p.create(terms("Lista atacado", "2").scope(new DiscountScope.PriceList(w.list().id())));
        DiscountPolicy forLead = p.create(terms("Só para a loja", "4").scope(new DiscountScope.Account(lead.id())));
        DiscountPolicy forBuyer = p.create(terms("Só para o mercado", "6").scope(new DiscountScope.Account(w.buyer().id())));
        admin.discounts().setLimit(SetDiscountLimit.ofTeam(team, new BigDecimal("10")));
        crm().relayEvents();

        RuleViolationException typeInUse = thrown(RuleViolationException.class, () -> admin.catalogs().delete(wholesale));
        RuleViolationException teamInUse = thrown(RuleViolationException.class, () -> admin.catalogs().delete(team));
        admin.accounts().delete(lead.id());
        p.delete(DeleteDiscountPolicy.of(byType));
        admin.catalogs().delete(wholesale);
        admin.discounts().setLimit(SetDiscountLimit.ofTeam(team, null));
        admin.catalogs().delete(team);

        assertThat(typeInUse.field()).contains("entryId");
        assertThat(typeInUse.code()).isEqualTo("rule.catalog.entry-in-use");
        assertThat(typeInUse.getMessage()).contains("Atacadista");
        assertThat(teamInUse.getMessage()).contains("Balcão");
        assertThat(p.list()).extracting(x -> x.terms().name()).containsExactlyInAnyOrder("Lista atacado", "Só para o mercado");
        assertThat(admin.discounts().get(forBuyer.id())).isEqualTo(forBuyer);
        thrown(NotFoundException.class, () -> admin.discounts().get(forLead.id()));
        assertThat(admin.discounts().history(forLead.id())).extracting(e -> e.summary()).containsExactly(
                "Discount policy \"Só para a loja\" created: 4%", "Discount policy \"Só para a loja\" deleted");
        crm().relayEvents();
        assertThat(published.eventsOf(w.tenant().id(), DiscountEvent.DiscountPolicyDeleted.class))
                .extracting(DiscountEvent.DiscountPolicyDeleted::policyId).containsExactly(forLead.id(), byType.id());
    }

    @Example
    void givenAPriceListOfAPolicy_whenDeleted_thenItIsKeptUntilThePolicyGoes() {
        World w = world();
        CrmSession admin = w.tenant().admin();
        PriceList spare = admin.priceLists().create(new CreatePriceList("Promoção", BRL));
        DiscountPolicy onSpare = new Policies(admin).create(terms("Promo", "2").scope(new DiscountScope.PriceList(spare.id())));

        RuleViolationException inUse = thrown(RuleViolationException.class, () -> admin.catalogs().delete(spare.id()));
        new Policies(admin).delete(DeleteDiscountPolicy.of(onSpare));
        admin.catalogs().delete(spare.id());

        assertThat(inUse.getMessage()).contains("Promoção");
        thrown(NotFoundException.class, () -> admin.priceLists().get(spare.id()));
    }

    @Example
    void givenARevenuePolicy_whenTheCustomerWasInvoicedEnoughInTheLastTwelveMonths_thenItsLinesTakeIt() {
        World w = world();
        CrmSession admin = w.tenant().admin();
        Policies p = new Policies(admin);
        DiscountPolicy loyal = p.create(terms("Cliente fiel", "8").condition(
                new DiscountCondition.MinimumRevenue(new BigDecimal("500"), BRL)));

        Quote first = admin.quotes().create(CreateQuote.builder(w.buyer().id()).lines(line(w.router(), "5")).build());
        assertThat(first.revision().lines().get(0).policyId()).isNull();
        List<Order> orders = RevenueTestData.ordered(admin, first);
        Quote acceptedOnly = admin.quotes().create(CreateQuote.builder(w.buyer().id()).lines(line(w.router(), "1")).build());
        assertThat(acceptedOnly.revision().lines().get(0).policyId())
                .as("an accepted quote, converted into orders not invoiced yet, is no revenue").isNull();
        orders.forEach(order -> RevenueTestData.invoiced(admin, order));

        Quote second = admin.quotes().create(CreateQuote.builder(w.buyer().id()).lines(line(w.router(), "1")).build());
        Quote elsewhere = admin.quotes().create(CreateQuote.builder(w.other().id()).lines(line(w.router(), "1")).build());

        assertThat(second.revision().lines().get(0).policyId()).isEqualTo(loyal.id());
        assertThat(elsewhere.revision().lines().get(0).policyId()).isNull();
        clock.advance(Duration.ofDays(370));
        Quote ayearLater = admin.quotes().create(CreateQuote.builder(w.buyer().id()).lines(line(w.router(), "1")).build());
        assertThat(ayearLater.revision().lines().get(0).policyId()).isNull();
    }

    @Example
    void givenAQuoteDiscount_whenTotalled_thenItIsHalfEvenOnTheSubtotalAndTaxesAreAskedOfTheNetLines() {
        World w = world();
        CrmSession admin = w.tenant().admin();

        Quote quote = admin.quotes().create(CreateQuote.builder(w.buyer().id()).discount(new BigDecimal("3.33")).lines(
                line(w.fiber(), "1").withUnitPrice(new BigDecimal("10.05")),
                line(w.radio(), "1").withUnitPrice(new BigDecimal("20.05")),
                line(w.router(), "1").withUnitPrice(new BigDecimal("0.15"))).build());

        QuoteTotals totals = quote.revision().totals();
        assertThat(quote.revision().discountPercent()).isEqualByComparingTo("3.33");
        assertThat(totals.subtotal()).isEqualTo(new BigDecimal("30.25"));
        // 3.33% of 30.25 = 1.007325, half-even to 1.01; the lines' shares 0.33 + 0.67 + 0.00 = 1.00, the cent left over
        // goes to the largest line: the net lines are 9.72, 19.37 and 0.15, 29.24 in all, whose 10% VAT is 2.924 -> 2.92.
        assertThat(totals.discount()).isEqualTo(new BigDecimal("1.01"));
        assertThat(totals.taxes()).containsExactly(new QuoteTax("VAT", new BigDecimal("2.92")));
        assertThat(totals.total()).isEqualTo(new BigDecimal("32.16"));
        assertThat(totals.total()).isEqualTo(totals.subtotal().subtract(totals.discount()).add(totals.tax()));
        assertThat(admin.quotes().get(quote.id())).isEqualTo(quote);

        Quote without = admin.quotes().update(UpdateQuote.from(quote).withDiscount(null));
        assertThat(without.revision().totals().discount()).isEqualByComparingTo("0");
        assertThat(without.revision().totals().total()).isEqualTo(new BigDecimal("33.27"));
    }

    @Example
    void givenLimitsOfAUserAndATeam_whenAManualDiscountIsAbove_thenTheQuoteWaitsForAnAdministratorBeforeItIsSent() {
        World w = world();
        CrmSession admin = w.tenant().admin();
        CatalogEntryId team = w.tenant().addEntry(CatalogKind.TEAM, "Vendas").id();
        w.tenant().addUser(UserTestData.aUser().withId("ana").inTeam(team).withScope(AccessScope.ALL));
        w.tenant().addUser(UserTestData.aUser().withId("rui").inTeam(team).withScope(AccessScope.ALL));
        admin.discounts().setLimit(SetDiscountLimit.ofTeam(team, new BigDecimal("10")));
        admin.discounts().setLimit(SetDiscountLimit.ofUser(UserId.of("ana"), new BigDecimal("5")));
        CrmSession ana = w.tenant().as(UserId.of("ana"), Locale.forLanguageTag("pt-BR"));
        CrmSession rui = w.tenant().as(UserId.of("rui"));

        // Rui's team allows 8%; Ana's own 5% overrides the team's.
        Quote withinTeam = rui.quotes().create(CreateQuote.builder(w.buyer().id())
                .lines(line(w.router(), "1").withDiscount(new BigDecimal("8"))).build());
        Quote aboveOwn = ana.quotes().create(CreateQuote.builder(w.buyer().id())
                .lines(line(w.router(), "1")).discount(new BigDecimal("8")).build());
        assertThat(withinTeam.revision().approval()).isNull();
        assertThat(aboveOwn.revision().approval()).isEqualTo(QuoteApproval.pending(new BigDecimal("8")));

        RuleViolationException waits = thrown(RuleViolationException.class,
                () -> ana.quotes().changeStatus(ChangeQuoteStatus.of(aboveOwn, QuoteStatus.SENT)));
        AccessDeniedException notAdmin = thrown(AccessDeniedException.class,
                () -> ana.quotes().approveDiscount(DecideQuoteDiscount.of(aboveOwn)));
        assertThat(waits.getMessage()).contains(aboveOwn.number()).contains("aprovação");
        assertThat(notAdmin.getMessage()).contains("administrador");
        assertThat(admin.quotes().get(aboveOwn.id())).isEqualTo(aboveOwn);

        clock.advance(Duration.ofMinutes(5));
        Quote approved = admin.quotes().approveDiscount(DecideQuoteDiscount.of(aboveOwn));
        assertThat(approved.revision().approval().status()).isEqualTo(QuoteApproval.Status.APPROVED);
        assertThat(approved.revision().approval().decidedBy()).isEqualTo(w.tenant().adminId());
        assertThat(approved.revision().approval().decidedAt()).isEqualTo(clock.instant());
        thrown(RuleViolationException.class, () -> admin.quotes().approveDiscount(DecideQuoteDiscount.of(approved)));
        // An edit that keeps the approved discount keeps the approval; one that raises it asks again.
        Quote kept = ana.quotes().update(UpdateQuote.from(approved).withValidUntil(TODAY.plusDays(10)));
        assertThat(kept.revision().approval()).isEqualTo(approved.revision().approval());
        Quote sent = ana.quotes().changeStatus(ChangeQuoteStatus.of(kept, QuoteStatus.SENT));
        Quote raised = ana.quotes().update(UpdateQuote.from(sent).withDiscount(new BigDecimal("9")));
        assertThat(raised.revision().number()).isEqualTo(2);
        assertThat(raised.revision().approval()).isEqualTo(QuoteApproval.pending(new BigDecimal("9")));
        Quote rejected = admin.quotes().rejectDiscount(DecideQuoteDiscount.of(raised));
        RuleViolationException refused = thrown(RuleViolationException.class,
                () -> ana.quotes().changeStatus(ChangeQuoteStatus.of(rejected, QuoteStatus.SENT)));
        assertThat(refused.getMessage()).contains("rejeitou");
        Quote within = ana.quotes().update(UpdateQuote.from(rejected).withDiscount(new BigDecimal("5")));
        assertThat(within.revision().approval()).isNull();
        assertThat(ana.quotes().changeStatus(ChangeQuoteStatus.of(within, QuoteStatus.SENT)).status())
                .isEqualTo(QuoteStatus.SENT);

        assertThat(admin.discounts().limits()).extracting(DiscountLimit::subject, DiscountLimit::percent)
                .containsExactly(tuple(new DiscountLimit.User(UserId.of("ana")), new BigDecimal("5.00")),
                        tuple(new DiscountLimit.Team(team), new BigDecimal("10.00")));
        admin.discounts().setLimit(SetDiscountLimit.ofUser(UserId.of("ana"), null));
        assertThat(admin.discounts().limits()).hasSize(1);
        crm().relayEvents();
        assertThat(published.eventsOf(w.tenant().id(), QuoteEvent.class)).extracting(e -> e.getClass().getSimpleName())
                .containsSubsequence("QuoteDiscountApprovalRequested", "QuoteDiscountApproved",
                        "QuoteDiscountApprovalRequested", "QuoteDiscountRejected");
        assertThat(admin.accounts().timeline(w.buyer().id(), null, 30).items()).extracting(e -> e.summary())
                .contains("Quote " + aboveOwn.number() + " (revision 1): discounts approved",
                        "Quote " + aboveOwn.number() + " (revision 1) waits for approval: a 8% discount is above the 5% limit");
    }

    /** The discount API of a session, shortened. */
    private record Policies(CrmSession session) {
        DiscountPolicy create(DiscountTerms.Builder terms) {
            return session.discounts().create(terms.build());
        }

        DiscountPolicy update(UpdateDiscountPolicy command) {
            return session.discounts().update(command);
        }

        DiscountPolicy end(EndDiscountPolicy command) {
            return session.discounts().end(command);
        }

        void delete(DeleteDiscountPolicy command) {
            session.discounts().delete(command);
        }

        List<DiscountPolicy> list() {
            return session.discounts().list();
        }
    }
}
