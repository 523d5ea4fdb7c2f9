package dev.crmkit.testkit;

import static dev.crmkit.testkit.AccountTestData.anAccount;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.crmkit.Crm;
import dev.crmkit.CrmSession;
import dev.crmkit.access.AccessScope;
import dev.crmkit.account.Account;
import dev.crmkit.common.ConflictException;
import dev.crmkit.common.InvalidCommandException;
import dev.crmkit.common.NotFoundException;
import dev.crmkit.common.RuleViolationException;
import dev.crmkit.common.UserId;
import dev.crmkit.common.Violation;
import dev.crmkit.contact.AddContact;
import dev.crmkit.contact.Contact;
import dev.crmkit.contact.ContactDetails;
import dev.crmkit.event.QuoteEvent;
import dev.crmkit.history.ChangeLine;
import dev.crmkit.pipeline.Card;
import dev.crmkit.pipeline.CreateCard;
import dev.crmkit.pipeline.Pipeline;
import dev.crmkit.product.CreatePriceList;
import dev.crmkit.product.CreateProduct;
import dev.crmkit.product.PriceList;
import dev.crmkit.product.Product;
import dev.crmkit.product.ProductDetails;
import dev.crmkit.product.SetProductPrice;
import dev.crmkit.product.UpdateProduct;
import dev.crmkit.product.Validity;
import dev.crmkit.quote.ChangeQuoteStatus;
import dev.crmkit.quote.CreateQuote;
import dev.crmkit.quote.Quote;
import dev.crmkit.quote.QuoteLine;
import dev.crmkit.quote.QuoteLineInput;
import dev.crmkit.quote.QuoteNumbering;
import dev.crmkit.quote.QuoteRevision;
import dev.crmkit.quote.QuoteStatus;
import dev.crmkit.quote.QuoteSummary;
import dev.crmkit.quote.QuoteTax;
import dev.crmkit.quote.UpdateQuote;
import dev.crmkit.spi.TaxCalculator;
import dev.crmkit.spi.TaxRequest;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Quotes: lines priced from the account's price list, money rounded line by line, taxes from the host for taxable
 * accounts, gapless numbers, statuses, expiry from the clock, revisions, links to a contact and a card, the
 * profile and the timeline, and the access scope.
 */
public abstract class QuoteContract extends CrmKitSupport {

    private static final Currency BRL = Currency.getInstance("BRL");
    /** The test clock's today in the tenants' zone (America/Sao_Paulo): Monday 2 March 2026. */
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

    /** A tax of 10% of each line with a product, and 1.005 flat per free-text line, named apart. */
    @Override
    protected TaxCalculator taxCalculator() {
        return request -> {
            List<QuoteTax> taxes = new ArrayList<>();
            BigDecimal products = BigDecimal.ZERO;
            BigDecimal texts = BigDecimal.ZERO;
            for (TaxRequest.Line line : request.lines()) {
                if (line.productId() != null) {
                    products = products.add(line.amount().multiply(new BigDecimal("0.10")));
                } else {
                    texts = texts.add(new BigDecimal("1.005"));
                }
            }
            taxes.add(new QuoteTax("VAT", products));
            if (texts.signum() > 0) {
                taxes.add(new QuoteTax("Fee", texts));
            }
            return taxes;
        };
    }

    /** A tenant with two products priced in a BRL list, and a taxable account buying from it. */
    private record World(TestTenant tenant, Product fiber, Product router, PriceList list, Account buyer) {}

    private World world() {
        TestTenant tenant = newTenant();
        CrmSession admin = tenant.admin();
        Product fiber = admin.products().create(new CreateProduct(ProductDetails.builder("FIB", "Fibra 1 Gbps")
                .unit("mês").build()));
        Product router = admin.products().create(new CreateProduct(ProductDetails.builder("RT", "Roteador").unit("un")
                .build()));
        PriceList list = admin.priceLists().create(new CreatePriceList("Atacado", BRL));
        admin.priceLists().setPrice(new SetProductPrice(list.id(), fiber.id(), new BigDecimal("99.90"),
                Validity.from(TODAY.minusDays(10))));
        admin.priceLists().setPrice(new SetProductPrice(list.id(), router.id(), new BigDecimal("10.01"),
                Validity.from(TODAY.minusDays(10))));
        Account buyer = admin.accounts().create(anAccount().named("Mercado Bom Preço Ltda")
                .withCatalogs(null, null, null, list.id()).build()).account();
        return new World(tenant, fiber, router, list, buyer);
    }

    @Example
    void givenAPriceList_whenAQuoteIsCreated_thenPricesDefaultFromItAndTotalsAreTheSumOfRoundedLines() {
        World w = world();
        CrmSession admin = w.tenant().admin();

        Quote quote = admin.quotes().create(CreateQuote.builder(w.buyer().id()).lines(
                QuoteLineInput.product(w.fiber().id(), new BigDecimal("3")),
                QuoteLineInput.product(w.router().id(), new BigDecimal("0.5")).withDiscount(new BigDecimal("10")),
                QuoteLineInput.product(w.router().id(), BigDecimal.ONE).withUnitPrice(new BigDecimal("7.125")),
                QuoteLineInput.text("Instalação", BigDecimal.ONE, new BigDecimal("150"))).build());

        QuoteRevision revision = quote.revision();
        assertThat(quote.number()).isEqualTo("Q-000001");
        assertThat(quote.sequence()).isEqualTo(1);
        assertThat(quote.status()).isEqualTo(QuoteStatus.DRAFT);
        assertThat(quote.currency()).isEqualTo(BRL);
        assertThat(revision.number()).isEqualTo(1);
        assertThat(revision.validUntil()).isEqualTo(TODAY.plusDays(CreateQuote.DEFAULT_VALID_DAYS));
        assertThat(revision.lines()).extracting(l -> l.item().description(), l -> l.item().unit(), QuoteLine::unitPrice)
                .containsExactly(tuple("Fibra 1 Gbps", "mês", new BigDecimal("99.90")),
                        tuple("Roteador", "un", new BigDecimal("10.01")),
                        tuple("Roteador", "un", new BigDecimal("7.12")),
                        tuple("Instalação", null, new BigDecimal("150.00")));
        // 0.5 x 10.01 less 10% = 4.5045, half-even to 4.50; 7.125 was brought to 7.12 (half-even) as a unit price.
        assertThat(revision.totals().lineTotals()).containsExactly(new BigDecimal("299.70"), new BigDecimal("4.50"),
                new BigDecimal("7.12"), new BigDecimal("150.00"));
        assertThat(revision.totals().subtotal()).isEqualTo(new BigDecimal("461.32"));
        // VAT: 10% of 299.70 + 4.50 + 7.12 = 31.132, to 31.13; the fee of 1.005 rounds half-even to 1.00.
        assertThat(revision.totals().taxes()).containsExactly(new QuoteTax("VAT", new BigDecimal("31.13")),
                new QuoteTax("Fee", new BigDecimal("1.00")));
        assertThat(revision.totals().total()).isEqualTo(new BigDecimal("493.45"));
        assertThat(revision.totals().tax()).isEqualTo(new BigDecimal("32.13"));
        assertThat(admin.quotes().get(quote.id())).isEqualTo(quote);
        assertThat(admin.quotes().create(CreateQuote.builder(w.buyer().id())
                .lines(QuoteLineInput.product(w.fiber().id(), BigDecimal.ONE)).build()).number()).isEqualTo("Q-000002");

        crm().relayEvents();
        assertThat(published.eventsOf(w.tenant().id(), QuoteEvent.QuoteCreated.class))
                .extracting(QuoteEvent::number, QuoteEvent.QuoteCreated::total)
                .containsExactly(tuple("Q-000001", new BigDecimal("493.45")), tuple("Q-000002", new BigDecimal("109.89")));
        assertThat(admin.accounts().profile(w.buyer().id()).quotes()).extracting(s -> s.quote().number())
                .containsExactly("Q-000002", "Q-000001");
        assertThat(admin.accounts().timeline(w.buyer().id(), null, 10).items()).extracting(e -> e.summary())
                .contains("Quote Q-000001 created: BRL 493.45");
    }

    @Example
    void givenAnAccountThatIsNotTaxable_whenQuoted_thenTheHostIsNotAskedAndTheTotalIsTheSubtotal() {
        World w = world();
        CrmSession admin = w.tenant().admin();
        Account exempt = admin.accounts().create(anAccount().named("Isenta S.A.").withLedger(null, false, false)
                .withCatalogs(null, null, null, w.list().id()).build()).account();

        Quote quote = admin.quotes().create(CreateQuote.builder(exempt.id())
                .lines(QuoteLineInput.product(w.fiber().id(), new BigDecimal("2"))).build());

        assertThat(quote.revision().totals().taxes()).isEmpty();
        assertThat(quote.revision().totals().subtotal()).isEqualTo(new BigDecimal("199.80"));
        assertThat(quote.revision().totals().total()).isEqualTo(new BigDecimal("199.80"));
    }

    @Example
    void givenAQuote_whenItMovesThroughItsStatuses_thenIllegalMovesAndStaleVersionsAreRefusedAndExpiryFollowsTheClock() {
        World w = world();
        CrmSession admin = w.tenant().admin();
        Quote draft = admin.quotes().create(CreateQuote.builder(w.buyer().id()).validUntil(TODAY.plusDays(5))
                .lines(QuoteLineInput.product(w.fiber().id(), BigDecimal.ONE)).build());

        RuleViolationException illegal = thrown(RuleViolationException.class,
                () -> admin.quotes().changeStatus(ChangeQuoteStatus.of(draft, QuoteStatus.ACCEPTED)));
        RuleViolationException inPortuguese = thrown(RuleViolationException.class, () -> w.tenant()
                .as(w.tenant().adminId(), Locale.forLanguageTag("pt-BR")).quotes()
                .changeStatus(ChangeQuoteStatus.of(draft, QuoteStatus.REJECTED)));
        Quote sent = admin.quotes().changeStatus(ChangeQuoteStatus.of(draft, QuoteStatus.SENT));
        thrown(ConflictException.class, () -> admin.quotes().changeStatus(ChangeQuoteStatus.of(draft, QuoteStatus.SENT)));

        assertThat(illegal.getMessage()).isEqualTo("The quote Q-000001 cannot move from draft to accepted.");
        assertThat(inPortuguese.getMessage()).isEqualTo("O orçamento Q-000001 não pode passar de rascunho para recusado.");
        assertThat(sent.status()).isEqualTo(QuoteStatus.SENT);
        assertThat(sent.version()).isEqualTo(draft.version().next());
        assertThat(admin.quotes().ofAccount(w.buyer().id())).extracting(QuoteSummary::expired).containsExactly(false);

        clock.advance(Duration.ofDays(6));
        assertThat(admin.quotes().ofAccount(w.buyer().id())).extracting(QuoteSummary::expired).containsExactly(true);
        assertThat(admin.quotes().get(sent.id()).expiredOn(TODAY.plusDays(6))).isTrue();
        RuleViolationException expired = thrown(RuleViolationException.class,
                () -> admin.quotes().changeStatus(ChangeQuoteStatus.of(sent, QuoteStatus.ACCEPTED)));
        assertThat(expired.getMessage()).contains("Q-000001", TODAY.plusDays(5).toString());
        Quote rejected = admin.quotes().changeStatus(ChangeQuoteStatus.of(sent, QuoteStatus.REJECTED));
        assertThat(admin.quotes().ofAccount(w.buyer().id())).extracting(QuoteSummary::expired).containsExactly(false);
        RuleViolationException closed = thrown(RuleViolationException.class, () -> admin.quotes()
                .update(UpdateQuote.from(rejected).withValidUntil(TODAY.plusDays(30))));
        assertThat(closed.getMessage()).isEqualTo("The quote Q-000001 is rejected and can no longer be edited.");
        thrown(RuleViolationException.class,
                () -> admin.quotes().changeStatus(ChangeQuoteStatus.of(rejected, QuoteStatus.CANCELLED)));

        crm().relayEvents();
        assertThat(published.eventsOf(w.tenant().id(), QuoteEvent.QuoteStatusChanged.class))
                .extracting(QuoteEvent.QuoteStatusChanged::from, QuoteEvent.QuoteStatusChanged::to)
                .containsExactly(tuple(QuoteStatus.DRAFT, QuoteStatus.SENT), tuple(QuoteStatus.SENT, QuoteStatus.REJECTED));
        assertThat(w.tenant().as(w.tenant().adminId(), Locale.forLanguageTag("es")).accounts()
                .timeline(w.buyer().id(), null, 1).items()).extracting(e -> e.summary())
                .containsExactly("Presupuesto Q-000001 pasó de enviado a rechazado");
        assertThat(w.tenant().as(w.tenant().adminId(), Locale.forLanguageTag("es")).accounts()
                .timeline(w.buyer().id(), null, 1).items().get(0).lines())
                .extracting(ChangeLine::oldDisplay, ChangeLine::newDisplay, ChangeLine::oldValue, ChangeLine::newValue)
                .containsExactly(tuple("enviado", "rechazado", "SENT", "REJECTED"));
    }

    @Example
    void givenASentQuote_whenEdited_thenANewRevisionIsADraftAgainAndTheEarlierOneStaysReadable() {
        World w = world();
        CrmSession admin = w.tenant().admin();
        Quote draft = admin.quotes().create(CreateQuote.builder(w.buyer().id())
                .lines(QuoteLineInput.product(w.fiber().id(), BigDecimal.ONE)).build());
        Quote editedDraft = admin.quotes().update(UpdateQuote.from(draft).withValidUntil(TODAY.plusDays(10)));
        Quote unchanged = admin.quotes().update(UpdateQuote.from(editedDraft));
        Quote sent = admin.quotes().changeStatus(ChangeQuoteStatus.of(editedDraft, QuoteStatus.SENT));

        Quote revised = admin.quotes().update(UpdateQuote.from(sent).withLines(List.of(
                QuoteLineInput.product(w.fiber().id(), new BigDecimal("2")),
                QuoteLineInput.product(w.router().id(), BigDecimal.ONE))));

        assertThat(editedDraft.revision().number()).isEqualTo(1);
        assertThat(editedDraft.revision().validUntil()).isEqualTo(TODAY.plusDays(10));
        assertThat(unchanged).isEqualTo(editedDraft);
        assertThat(revised.revision().number()).isEqualTo(2);
        assertThat(revised.status()).isEqualTo(QuoteStatus.DRAFT);
        assertThat(revised.number()).isEqualTo(draft.number());
        assertThat(revised.revision().totals().subtotal()).isEqualTo(new BigDecimal("209.81"));
        assertThat(admin.quotes().revision(revised.id(), 1)).isEqualTo(sent.revision());
        assertThat(admin.quotes().revision(revised.id(), 2)).isEqualTo(revised.revision());
        NotFoundException noThird = thrown(NotFoundException.class, () -> admin.quotes().revision(revised.id(), 3));
        assertThat(noThird.getMessage()).contains("quote revision");
        Quote sentAgain = admin.quotes().changeStatus(ChangeQuoteStatus.of(revised, QuoteStatus.SENT));
        Quote third = admin.quotes().update(UpdateQuote.from(sentAgain).withValidUntil(TODAY.plusDays(20)));
        assertThat(third.revision().number()).isEqualTo(3);
        assertThat(admin.quotes().revision(third.id(), 2)).isEqualTo(revised.revision());
        assertThat(admin.quotes().revision(third.id(), 1)).isEqualTo(sent.revision());

        crm().relayEvents();
        assertThat(published.eventsOf(w.tenant().id(), QuoteEvent.class)).extracting(e -> e.getClass().getSimpleName())
                .containsExactly("QuoteCreated", "QuoteEdited", "QuoteStatusChanged", "QuoteRevised", "QuoteStatusChanged",
                        "QuoteStatusChanged", "QuoteRevised", "QuoteStatusChanged");
        assertThat(published.eventsOf(w.tenant().id(), QuoteEvent.QuoteRevised.class).get(0).changes())
                .extracting("field").containsExactly("lines", "total");
        assertThat(w.tenant().as(w.tenant().adminId(), Locale.forLanguageTag("pt-BR")).accounts()
                .timeline(w.buyer().id(), null, 20).items()).extracting(e -> e.summary())
                .contains("Orçamento Q-000001 revisado: revisão 2 (Itens, Total)",
                        "Orçamento Q-000001 (revisão 1) alterado: Válido até");
    }

    @Example
    void givenAContactAndACard_whenLinked_thenOnlyThoseOfTheQuotesAccountAreAccepted() {
        World w = world();
        CrmSession admin = w.tenant().admin();
        Account other = admin.accounts().create(anAccount().named("Outra Ltda").build()).account();
        Contact joao = admin.contacts().add(new AddContact(w.buyer().id(), ContactDetails.named("João")));
        Contact maria = admin.contacts().add(new AddContact(other.id(), ContactDetails.named("Maria")));
        Pipeline pipeline = PipelineTestData.aPipeline().createdBy(admin);
        Card deal = admin.cards().create(CreateCard.builder(pipeline.id(), "Fibra").accountId(w.buyer().id()).build());
        Card otherDeal = admin.cards().create(CreateCard.builder(pipeline.id(), "Outra").accountId(other.id()).build());
        List<QuoteLineInput> lines = List.of(QuoteLineInput.product(w.fiber().id(), BigDecimal.ONE));

        Quote linked = admin.quotes().create(CreateQuote.builder(w.buyer().id()).contact(joao.id()).card(deal.id())
                .lines(lines).build());
        InvalidCommandException wrong = thrown(InvalidCommandException.class, () -> admin.quotes().create(
                CreateQuote.builder(w.buyer().id()).contact(maria.id()).card(otherDeal.id()).lines(lines).build()));

        assertThat(linked.contactId()).isEqualTo(joao.id());
        assertThat(linked.cardId()).isEqualTo(deal.id());
        assertThat(wrong.violations()).extracting(Violation::path, Violation::code)
                .containsExactlyInAnyOrder(tuple("contactId", "OtherAccount"), tuple("cardId", "OtherAccount"));
        assertThat(admin.quotes().ofAccount(w.buyer().id())).hasSize(1);
    }

    @Example
    void givenBadLines_whenAQuoteIsCreated_thenEachIsNamedInTheActorsLanguageAndNoNumberIsUsedUp() {
        World w = world();
        CrmSession admin = w.tenant().admin();
        CrmSession inPortuguese = w.tenant().as(w.tenant().adminId(), Locale.forLanguageTag("pt-BR"));
        Product unpriced = admin.products().create(new CreateProduct(ProductDetails.builder("NP", "Sem preço").build()));
        Product retired = admin.products().create(new CreateProduct(ProductDetails.builder("OLD", "Antigo").build()));
        admin.products().update(UpdateProduct.from(retired).withActive(false));

        InvalidCommandException shape = thrown(InvalidCommandException.class, () -> inPortuguese.quotes().create(
                CreateQuote.builder(w.buyer().id()).validUntil(TODAY.minusDays(1)).lines(
                        QuoteLineInput.text("Serviço", BigDecimal.ZERO, BigDecimal.ONE)).build()));
        InvalidCommandException lines = thrown(InvalidCommandException.class, () -> inPortuguese.quotes().create(
                CreateQuote.builder(w.buyer().id()).lines(
                        QuoteLineInput.product(unpriced.id(), BigDecimal.ONE),
                        QuoteLineInput.text(" ", BigDecimal.ONE, null),
                        QuoteLineInput.product(retired.id(), BigDecimal.ONE).withUnitPrice(BigDecimal.TEN)).build()));
        InvalidCommandException noCurrency = thrown(InvalidCommandException.class, () -> admin.quotes().create(
                CreateQuote.builder(admin.accounts().create(anAccount().named("Sem Tabela").build()).account().id())
                        .lines(QuoteLineInput.text("X", BigDecimal.ONE, BigDecimal.ONE)).build()));

        assertThat(shape.violations()).extracting(Violation::path, Violation::code)
                .containsExactly(tuple("lines[0].quantity", "Positive"));
        assertThat(shape.getMessage()).contains("lines[0].quantity");
        assertThat(lines.violations()).extracting(Violation::path, Violation::code).containsExactlyInAnyOrder(
                tuple("lines[0].unitPrice", "NoDefaultPrice"), tuple("lines[1].item.description", "NotBlank"),
                tuple("lines[1].unitPrice", "NotNull"), tuple("lines[2].item.productId", "InactiveReference"));
        assertThat(lines.getMessage()).contains("não tem preço para \"NP\"");
        assertThat(noCurrency.violations()).extracting(Violation::path, Violation::code)
                .containsExactly(tuple("currency", "NotNull"));
        InvalidCommandException past = thrown(InvalidCommandException.class, () -> admin.quotes().create(
                CreateQuote.builder(w.buyer().id()).validUntil(TODAY.minusDays(1))
                        .lines(QuoteLineInput.product(w.fiber().id(), BigDecimal.ONE)).build()));
        assertThat(past.violations()).extracting(Violation::path, Violation::code)
                .containsExactly(tuple("validUntil", "FutureOrPresent"));
        assertThat(admin.quotes().ofAccount(w.buyer().id())).isEmpty();
        assertThat(admin.quotes().create(CreateQuote.builder(w.buyer().id())
                .lines(QuoteLineInput.product(w.fiber().id(), BigDecimal.ONE)).build()).number()).isEqualTo("Q-000001");
    }

    @Example
    void givenANumberingOfTheHost_whenTenantsQuote_thenEachCountsFromItsStartWithTheFormat() {
        World w = world();
        Crm numbered = Crm.builder().store(store()).documentStore(documentStore()).clock(clock)
                .quoteNumbering(new QuoteNumbering("ORC-", 4, 1000)).build();
        CrmSession admin = numbered.as(dev.crmkit.Actor.of(w.tenant().id().value(), w.tenant().adminId().value()));
        List<QuoteLineInput> lines = List.of(QuoteLineInput.product(w.fiber().id(), BigDecimal.ONE));

        Quote first = admin.quotes().create(CreateQuote.builder(w.buyer().id()).lines(lines).build());
        Quote second = admin.quotes().create(CreateQuote.builder(w.buyer().id()).lines(lines).build());

        assertThat(first.number()).isEqualTo("ORC-1000");
        assertThat(second.number()).isEqualTo("ORC-1001");
        assertThat(new QuoteNumbering("", 1, 1).format(123456)).isEqualTo("123456");
    }

    @Example
    void givenAUserWhoDoesNotSeeTheAccount_whenTheyReachItsQuotes_thenNothingIsFound() {
        World w = world();
        CrmSession admin = w.tenant().admin();
        w.tenant().addUser("bob", AccessScope.PORTFOLIO);
        CrmSession bob = w.tenant().as(UserId.of("bob"));
        Quote quote = admin.quotes().create(CreateQuote.builder(w.buyer().id())
                .lines(QuoteLineInput.product(w.fiber().id(), BigDecimal.ONE)).build());

        NotFoundException get = thrown(NotFoundException.class, () -> bob.quotes().get(quote.id()));
        thrown(NotFoundException.class, () -> bob.quotes().ofAccount(w.buyer().id()));
        thrown(NotFoundException.class, () -> bob.quotes().revision(quote.id(), 1));
        thrown(NotFoundException.class, () -> bob.quotes().changeStatus(ChangeQuoteStatus.of(quote, QuoteStatus.SENT)));
        thrown(NotFoundException.class, () -> bob.quotes().create(CreateQuote.builder(w.buyer().id())
                .lines(QuoteLineInput.text("X", BigDecimal.ONE, BigDecimal.ONE)).build()));

        assertThat(get.field()).contains("quoteId");
        assertThat(admin.quotes().get(quote.id()).status()).isEqualTo(QuoteStatus.DRAFT);
    }

    /**
     * The totals, checked with arithmetic of its own: each line is quantity times the unit price (brought to the
     * currency's scale half-even) times what the discount leaves, rounded half-even to the scale; the subtotal is
     * their sum, whatever the currency's scale.
     */
    @Property(tries = 15)
    void givenAnyLines_whenQuoted_thenEachLineIsRoundedHalfEvenAndTheSubtotalIsTheirSum(
            @ForAll("currencies") Currency currency, @ForAll("lines") List<QuoteLineInput> lines) {
        TestTenant tenant = newTenant();
        CrmSession admin = tenant.admin();
        Account account = admin.accounts().create(anAccount().withLedger(null, false, false).build()).account();

        Quote quote = admin.quotes().create(CreateQuote.builder(account.id()).currency(currency).lines(lines).build());

        int scale = currency.getDefaultFractionDigits();
        List<BigDecimal> expected = new ArrayList<>();
        BigDecimal sum = BigDecimal.ZERO.setScale(scale);
        for (QuoteLineInput line : lines) {
            BigDecimal price = line.unitPrice().setScale(scale, RoundingMode.HALF_EVEN);
            BigDecimal discount = line.discountPercent() == null ? BigDecimal.ZERO : line.discountPercent();
            BigDecimal exact = price.multiply(line.quantity()).multiply(BigDecimal.valueOf(100).subtract(discount))
                    .movePointLeft(2);
            BigDecimal rounded = exact.setScale(scale, RoundingMode.HALF_EVEN);
            expected.add(rounded);
            sum = sum.add(rounded);
        }
        assertThat(quote.revision().totals().lineTotals()).containsExactlyElementsOf(expected);
        assertThat(quote.revision().totals().subtotal()).isEqualTo(sum);
        assertThat(quote.revision().totals().total()).isEqualTo(sum);
        assertThat(quote.revision().lines()).allSatisfy(l -> assertThat(l.unitPrice().scale()).isEqualTo(scale));
        assertThat(admin.quotes().get(quote.id())).isEqualTo(quote);
    }

    @Provide
    Arbitrary<Currency> currencies() {
        return Arbitraries.of("BRL", "JPY", "BHD", "EUR").map(Currency::getInstance);
    }

    @Provide
    Arbitrary<List<QuoteLineInput>> lines() {
        Arbitrary<BigDecimal> quantity = Arbitraries.bigDecimals().between(new BigDecimal("0.0001"), new BigDecimal("10000"))
                .ofScale(4);
        Arbitrary<BigDecimal> price = Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("100000")).ofScale(4);
        Arbitrary<BigDecimal> discount = Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("100"))
                .ofScale(2).injectNull(0.3);
        return Combinators.combine(quantity, price, discount)
                .as((q, p, d) -> QuoteLineInput.text("Item", q, p).withDiscount(d))
                .list().ofMinSize(1).ofMaxSize(8);
    }
}
