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
import dev.crmkit.common.Money;
import dev.crmkit.common.NotFoundException;
import dev.crmkit.common.ProductId;
import dev.crmkit.common.RuleViolationException;
import dev.crmkit.common.Violation;
import dev.crmkit.event.PriceListEvent;
import dev.crmkit.event.ProductEvent;
import dev.crmkit.product.CreatePriceList;
import dev.crmkit.product.CreateProduct;
import dev.crmkit.product.ImportProducts;
import dev.crmkit.product.PriceList;
import dev.crmkit.product.Product;
import dev.crmkit.product.ProductDetails;
import dev.crmkit.product.ProductKind;
import dev.crmkit.product.ProductPrice;
import dev.crmkit.product.ProductRoute;
import dev.crmkit.product.SetPriceListCurrency;
import dev.crmkit.product.SetProductPrice;
import dev.crmkit.product.UpdateProduct;
import dev.crmkit.product.Validity;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/** Products and services, their import, and price lists with a currency and prices for spans of days. */
public abstract class ProductContract extends CrmKitSupport {

    private static final Currency BRL = Currency.getInstance("BRL");
    private static final LocalDate JAN = LocalDate.of(2026, 1, 1);

    @Example
    void givenProducts_whenCreatedChangedAndListed_thenCodesAreUniqueRegardlessOfCaseAndInactiveOnesAreLeftOut() {
        TestTenant tenant = newTenant();
        CrmSession admin = tenant.admin();

        Product fiber = admin.products().create(new CreateProduct(ProductDetails.builder(" FIB-1G ", "Fibra 1 Gbps")
                .unit("mês").kind(ProductKind.SERVICE).route(ProductRoute.SALES).group("Internet").build()));
        Product router = admin.products().create(new CreateProduct(ProductDetails.builder("ACC-RT", "Roteador")
                .unit("un").route(ProductRoute.PRODUCTION).build()));
        Product retired = admin.products().update(UpdateProduct.from(router).withActive(false)
                .withDetails(router.details().toBuilder().name("Roteador Wi-Fi 5").build()));

        assertThat(fiber.details().code()).isEqualTo("FIB-1G");
        assertThat(fiber.active()).isTrue();
        assertThat(admin.products().byCode("fib-1g")).contains(fiber);
        assertThat(admin.products().byCode("nope")).isEmpty();
        assertThat(retired.active()).isFalse();
        assertThat(retired.version()).isEqualTo(router.version().next());
        assertThat(admin.products().get(router.id())).isEqualTo(retired);
        assertThat(admin.products().list(null, false)).containsExactly(fiber);
        assertThat(admin.products().list(null, true)).containsExactly(retired, fiber);
        assertThat(admin.products().list(" INTERNET ", true)).containsExactly(fiber);
        assertThat(admin.products().list("Hardware", true)).isEmpty();
        InvalidCommandException taken = thrown(InvalidCommandException.class, () -> admin.products().create(
                new CreateProduct(ProductDetails.builder("fib-1G", "Copy").build())));
        assertThat(taken.violations()).extracting(Violation::path, Violation::code)
                .containsExactly(tuple("details.code", "Unique"));
        crm().relayEvents();
        assertThat(published.eventsOf(tenant.id(), ProductEvent.ProductCreated.class)).extracting(ProductEvent::productId)
                .containsExactly(fiber.id(), router.id());
        assertThat(published.eventsOf(tenant.id(), ProductEvent.ProductUpdated.class).get(0).changes())
                .extracting("field").containsExactly("name", "active");
    }

    @Example
    void givenAStaleVersionOrAUserWhoIsNoAdministrator_whenAProductChanges_thenNothingChanges() {
        TestTenant tenant = newTenant();
        tenant.addUser("bob", AccessScope.ALL);
        Product product = tenant.admin().products().create(new CreateProduct(ProductDetails.builder("P1", "One").build()));
        tenant.admin().products().update(UpdateProduct.from(product).withActive(false));

        thrown(ConflictException.class, () -> tenant.admin().products().update(UpdateProduct.from(product)
                .withDetails(product.details().toBuilder().name("Stale").build())));
        thrown(AccessDeniedException.class, () -> tenant.as(dev.crmkit.common.UserId.of("bob")).products()
                .create(new CreateProduct(ProductDetails.builder("P2", "Two").build())));

        assertThat(tenant.admin().products().list(null, true)).extracting(p -> p.details().name()).containsExactly("One");
        assertThat(tenant.as(dev.crmkit.common.UserId.of("bob")).products().get(product.id()).active()).isFalse();
    }

    @Example
    void givenAnImportWithBadRows_whenImported_thenEveryRowsProblemsAreNamedAndNothingIsStored() {
        TestTenant tenant = newTenant();
        CrmSession admin = tenant.admin();
        admin.products().create(new CreateProduct(ProductDetails.builder("TAKEN", "Existing").build()));
        List<ProductDetails> rows = new ArrayList<>();
        rows.add(ProductDetails.builder("A-1", "Fine").build());
        rows.add(ProductDetails.builder("a-1", "Repeats the first row's code").build());
        rows.add(ProductDetails.builder("taken", "Code of a stored product").build());
        rows.add(ProductDetails.builder("B-1", " ").kind(null).build());
        rows.add(null);

        InvalidCommandException e = thrown(InvalidCommandException.class,
                () -> admin.products().importProducts(new ImportProducts(rows)));

        assertThat(e.violations()).extracting(Violation::path, Violation::code).containsExactlyInAnyOrder(
                tuple("products[3].kind", "NotNull"), tuple("products[3].name", "NotBlank"),
                tuple("products[4]", "NotNull"));
        rows.set(3, ProductDetails.builder("B-1", "Fixed").kind(ProductKind.SERVICE).build());
        rows.remove(4);
        InvalidCommandException codes = thrown(InvalidCommandException.class,
                () -> admin.products().importProducts(new ImportProducts(rows)));
        assertThat(codes.violations()).extracting(Violation::path, Violation::code).containsExactlyInAnyOrder(
                tuple("products[1].code", "Unique"), tuple("products[2].code", "Unique"));
        assertThat(admin.products().list(null, true)).extracting(p -> p.details().code()).containsExactly("TAKEN");

        List<ProductId> ids = admin.products().importProducts(new ImportProducts(List.of(rows.get(0), rows.get(3))));

        assertThat(ids).hasSize(2);
        assertThat(admin.products().get(ids.get(1)).details().kind()).isEqualTo(ProductKind.SERVICE);
        assertThat(admin.products().list(null, true)).extracting(p -> p.details().code()).containsExactly("A-1", "B-1", "TAKEN");
    }

    @Example
    void givenAPriceList_whenPricesAreSetOverTime_thenAnAccountsDefaultPriceIsTheOneHoldingThatDay() {
        TestTenant tenant = newTenant();
        CrmSession admin = tenant.admin();
        Product fiber = admin.products().create(new CreateProduct(ProductDetails.builder("FIB", "Fibra").build()));
        Product router = admin.products().create(new CreateProduct(ProductDetails.builder("RT", "Roteador").build()));
        PriceList wholesale = admin.priceLists().create(new CreatePriceList("Atacado", BRL));
        Account buyer = admin.accounts().create(anAccount().withCatalogs(null, null, null, wholesale.id()).build()).account();
        Account other = admin.accounts().create(anAccount().named("Sem Tabela Ltda").build()).account();

        ProductPrice january = admin.priceLists().setPrice(new SetProductPrice(wholesale.id(), fiber.id(),
                new BigDecimal("99.905"), Validity.from(JAN)));
        ProductPrice march = admin.priceLists().setPrice(new SetProductPrice(wholesale.id(), fiber.id(),
                new BigDecimal("109.9"), Validity.from(JAN.plusMonths(2))));
        ProductPrice promo = admin.priceLists().setPrice(new SetProductPrice(wholesale.id(), router.id(),
                new BigDecimal("10"), new Validity(JAN, JAN.plusDays(9))));

        assertThat(wholesale.currency()).isEqualTo(BRL);
        assertThat(january.price()).isEqualTo(Money.of("99.90", "BRL"));
        assertThat(admin.priceLists().prices(wholesale.id())).extracting(ProductPrice::id, p -> p.validity().until())
                .containsExactly(tuple(january.id(), JAN.plusMonths(2).minusDays(1)), tuple(march.id(), null),
                        tuple(promo.id(), JAN.plusDays(9)));
        assertThat(admin.priceLists().defaultPrice(buyer.id(), fiber.id(), JAN.plusDays(40))).map(ProductPrice::id)
                .contains(january.id());
        assertThat(admin.priceLists().defaultPrice(buyer.id(), fiber.id(), JAN.plusMonths(5))).map(ProductPrice::price)
                .contains(Money.of("109.90", "BRL"));
        assertThat(admin.priceLists().defaultPrice(buyer.id(), router.id(), JAN.plusDays(10))).isEmpty();
        assertThat(admin.priceLists().defaultPrice(buyer.id(), fiber.id(), JAN.minusDays(1))).isEmpty();
        assertThat(admin.priceLists().defaultPrice(other.id(), fiber.id(), JAN)).isEmpty();
        InvalidCommandException overlap = thrown(InvalidCommandException.class, () -> tenant.as(tenant.adminId(),
                Locale.forLanguageTag("pt-BR")).priceLists().setPrice(new SetProductPrice(wholesale.id(), router.id(),
                BigDecimal.ONE, new Validity(JAN.plusDays(5), JAN.plusDays(20)))));
        assertThat(overlap.violations()).extracting(Violation::path).containsExactly("validity");
        assertThat(overlap.getMessage()).contains("sobrepõe-se ao preço válido de 2026-01-01 a 2026-01-10");
        InvalidCommandException reversed = thrown(InvalidCommandException.class, () -> admin.priceLists().setPrice(
                new SetProductPrice(wholesale.id(), router.id(), BigDecimal.ONE, new Validity(JAN.plusDays(30), JAN.plusDays(20)))));
        assertThat(reversed.violations()).extracting(Violation::path).containsExactly("validity.until");
        assertThat(admin.priceLists().get(wholesale.id()).version()).isEqualTo(wholesale.version().next().next().next());
        crm().relayEvents();
        assertThat(published.eventsOf(tenant.id(), PriceListEvent.class)).extracting(e -> e.getClass().getSimpleName())
                .containsExactly("PriceListCurrencySet", "ProductPriceSet", "ProductPriceEnded", "ProductPriceSet",
                        "ProductPriceSet");
    }

    @Example
    void givenAPriceListOfTheCatalogs_whenPriced_thenItNeedsACurrencyFirstAndKeepsItWhileItHoldsPrices() {
        TestTenant tenant = newTenant();
        CrmSession admin = tenant.admin();
        Product yen = admin.products().create(new CreateProduct(ProductDetails.builder("Y", "Yen thing").build()));
        CatalogEntryId retail = tenant.addEntry(CatalogKind.PRICE_LIST, "Retail").id();
        PriceList bare = admin.priceLists().get(retail);

        InvalidCommandException noCurrency = thrown(InvalidCommandException.class, () -> admin.priceLists().setPrice(
                new SetProductPrice(retail, yen.id(), BigDecimal.TEN, Validity.from(JAN))));
        PriceList priced = admin.priceLists().setCurrency(new SetPriceListCurrency(retail, Currency.getInstance("JPY"),
                bare.version()));
        ProductPrice price = admin.priceLists().setPrice(new SetProductPrice(retail, yen.id(), new BigDecimal("1500.5"),
                Validity.from(JAN)));
        InvalidCommandException withPrices = thrown(InvalidCommandException.class, () -> admin.priceLists().setCurrency(
                new SetPriceListCurrency(retail, BRL, admin.priceLists().get(retail).version())));

        assertThat(bare.currency()).isNull();
        assertThat(bare.name()).isEqualTo("Retail");
        assertThat(noCurrency.violations()).extracting(Violation::path, Violation::code)
                .containsExactly(tuple("priceListId", "NoCurrency"));
        assertThat(priced.currency()).isEqualTo(Currency.getInstance("JPY"));
        assertThat(price.price()).isEqualTo(Money.of("1500", "JPY"));
        assertThat(withPrices.violations()).extracting(Violation::path, Violation::code)
                .containsExactly(tuple("currency", "PricesExist"));

        admin.priceLists().removePrice(retail, price.id());
        assertThat(admin.priceLists().prices(retail)).isEmpty();
        assertThat(admin.priceLists().setCurrency(new SetPriceListCurrency(retail, BRL,
                admin.priceLists().get(retail).version())).currency()).isEqualTo(BRL);
    }

    @Example
    void givenAPriceListWithPrices_whenItsEntryIsDeleted_thenItsPricesGoUnlessAnAccountBuysFromIt() {
        TestTenant tenant = newTenant();
        CrmSession admin = tenant.admin();
        Product product = admin.products().create(new CreateProduct(ProductDetails.builder("P", "Product").build()));
        PriceList used = admin.priceLists().create(new CreatePriceList("Used", BRL));
        PriceList unused = admin.priceLists().create(new CreatePriceList("Unused", BRL));
        admin.accounts().create(anAccount().withCatalogs(null, null, null, used.id()).build());
        for (PriceList list : List.of(used, unused)) {
            admin.priceLists().setPrice(new SetProductPrice(list.id(), product.id(), BigDecimal.ONE, Validity.from(JAN)));
        }

        thrown(RuleViolationException.class, () -> admin.catalogs().delete(used.id()));
        admin.catalogs().delete(unused.id());

        assertThat(admin.priceLists().prices(used.id())).hasSize(1);
        thrown(NotFoundException.class, () -> admin.priceLists().prices(unused.id()));
        InvalidCommandException again = thrown(InvalidCommandException.class,
                () -> admin.priceLists().create(new CreatePriceList("used", BRL)));
        assertThat(again.violations()).extracting(Violation::path, Violation::code).containsExactly(tuple("name", "Unique"));
        // The name is free again, and the new list starts with no prices of the old one.
        PriceList reborn = admin.priceLists().create(new CreatePriceList("Unused", BRL));
        assertThat(admin.priceLists().prices(reborn.id())).isEmpty();
    }

    /**
     * Property: whatever sequence of prices an administrator sets for one product in one list, at most one price holds
     * on any day, the default price of a day is that price, a refused price changes nothing, and an accepted one
     * changes no other price but ending the open-ended one that started before it (the day before it starts).
     */
    @Property(tries = 15)
    void givenPricesSetInAnyOrder_thenAtMostOneHoldsEachDayAndItIsTheDefault(
            @ForAll("priceSpans") List<Tuple.Tuple2<Integer, Integer>> spans) {
        TestTenant tenant = newTenant();
        CrmSession admin = tenant.admin();
        Product product = admin.products().create(new CreateProduct(ProductDetails.builder("P", "Product").build()));
        PriceList list = admin.priceLists().create(new CreatePriceList("List", BRL));
        Account buyer = admin.accounts().create(anAccount().withCatalogs(null, null, null, list.id()).build()).account();
        int amount = 1;
        for (Tuple.Tuple2<Integer, Integer> span : spans) {
            Validity validity = new Validity(JAN.plusDays(span.get1()), span.get2() == null ? null : JAN.plusDays(span.get2()));
            List<ProductPrice> before = admin.priceLists().prices(list.id());
            ProductPrice added;
            try {
                added = admin.priceLists().setPrice(new SetProductPrice(list.id(), product.id(), BigDecimal.valueOf(amount++),
                        validity));
            } catch (InvalidCommandException refused) {
                assertThat(refused.violations()).extracting(Violation::path).containsOnly("validity");
                assertThat(admin.priceLists().prices(list.id())).as("a refused price changes nothing")
                        .containsExactlyInAnyOrderElementsOf(before);
                continue;
            }
            List<ProductPrice> after = admin.priceLists().prices(list.id());
            assertThat(after).contains(added).hasSize(before.size() + 1);
            for (ProductPrice old : before) {
                ProductPrice now = after.stream().filter(p -> p.id().equals(old.id())).findFirst().orElseThrow();
                boolean ended = old.validity().until() == null && old.validity().from().isBefore(validity.from())
                        && old.validity().overlaps(validity);
                assertThat(now).isEqualTo(ended ? new ProductPrice(old.id(), old.productId(), old.price(),
                        new Validity(old.validity().from(), validity.from().minusDays(1))) : old);
            }
            for (int day = 0; day <= 25; day += 1) {
                LocalDate on = JAN.plusDays(day);
                List<ProductPrice> holding = after.stream().filter(p -> p.validity().holdsOn(on)).toList();
                assertThat(holding).as("prices holding on %s", on).hasSizeLessThanOrEqualTo(1);
                assertThat(admin.priceLists().defaultPrice(buyer.id(), product.id(), on))
                        .isEqualTo(holding.stream().findFirst());
            }
        }
    }

    /** Spans of days: a first day from 0 to 20 and a last day up to 5 days later, or no end. */
    @Provide
    Arbitrary<List<Tuple.Tuple2<Integer, Integer>>> priceSpans() {
        Arbitrary<Tuple.Tuple2<Integer, Integer>> span = Arbitraries.integers().between(0, 20).flatMap(from ->
                Arbitraries.integers().between(0, 5).injectNull(0.4).map(length ->
                        Tuple.of(from, length == null ? null : from + length)));
        return span.list().ofMinSize(1).ofMaxSize(6);
    }
}
