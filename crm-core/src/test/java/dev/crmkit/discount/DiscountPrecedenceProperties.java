package dev.crmkit.discount;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crmkit.common.AccountId;
import dev.crmkit.common.CatalogEntryId;
import dev.crmkit.common.DiscountPolicyId;
import dev.crmkit.common.ProductId;
import dev.crmkit.common.Version;
import dev.crmkit.product.Validity;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * The precedence of discount policies against a brute force: of the policies drawn over a small world (two accounts,
 * customer types, price lists, products and groups, two currencies, a handful of days), the selection is the policy
 * that holds and that no other holding policy outranks, each rank worked out here key by key from the documented
 * table, without the library's comparator.
 */
class DiscountPrecedenceProperties {

    private static final AccountId[] ACCOUNTS = {new AccountId(new UUID(0, 1)), new AccountId(new UUID(0, 2))};
    private static final CatalogEntryId[] TYPES = {new CatalogEntryId(new UUID(1, 1)), new CatalogEntryId(new UUID(1, 2))};
    private static final CatalogEntryId[] LISTS = {new CatalogEntryId(new UUID(2, 1)), new CatalogEntryId(new UUID(2, 2))};
    private static final ProductId[] PRODUCTS = {new ProductId(new UUID(3, 1)), new ProductId(new UUID(3, 2))};
    private static final String[] GROUPS = {"Fibra", "Rádio"};
    private static final Currency[] CURRENCIES = {Currency.getInstance("EUR"), Currency.getInstance("BRL")};
    private static final LocalDate DAY0 = LocalDate.of(2026, 12, 1);
    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

    record Drawn(List<DiscountPolicy> policies, DiscountPrecedence.Situation situation) {}

    @Property(tries = 400)
    void givenAnyPoliciesAndLine_thenTheSelectedPolicyIsTheBruteForces(@ForAll("drawn") Drawn d) {
        Optional<DiscountPolicy> selected = DiscountPrecedence.select(d.policies(), d.situation());

        assertThat(selected).as("%s", d).isEqualTo(bruteForce(d.policies(), d.situation()));
        selected.ifPresent(p -> assertThat(DiscountPrecedence.holds(p, d.situation())).isTrue());
        long holding = d.policies().stream().filter(p -> bruteHolds(p, d.situation())).count();
        Statistics.label("holding policies").collect(holding > 1 ? "several" : holding == 1 ? "one" : "none");
        Statistics.label("holding policies").coverage(checker -> {
            checker.check("several").percentage(p -> p > 10);
            checker.check("none").percentage(p -> p > 5);
        });
    }

    @Example
    void givenAnAccountPolicyOnAllAndATypePolicyOnTheProduct_thenTheAccountsApplies() {
        DiscountPolicy account = policy(new DiscountScope.Account(ACCOUNTS[0]), new DiscountItem.All(),
                new DiscountCondition.None(), "3", 0);
        DiscountPolicy type = policy(new DiscountScope.CustomerType(TYPES[0]), new DiscountItem.Product(PRODUCTS[0]),
                new DiscountCondition.None(), "9", 1);
        DiscountPolicy everyone = policy(new DiscountScope.Everyone(), new DiscountItem.Product(PRODUCTS[0]),
                new DiscountCondition.MinimumQuantity(BigDecimal.ONE), "20", 2);
        var situation = new DiscountPrecedence.Situation(ACCOUNTS[0], TYPES[0], LISTS[0], PRODUCTS[0], null,
                BigDecimal.TEN, Map.of(), DAY0);

        assertThat(DiscountPrecedence.select(List.of(everyone, type, account), situation)).contains(account);
        assertThat(DiscountPrecedence.select(List.of(everyone, type), situation)).contains(type);
        var otherAccount = new DiscountPrecedence.Situation(ACCOUNTS[1], TYPES[1], LISTS[0], PRODUCTS[0], null,
                BigDecimal.TEN, Map.of(), DAY0);
        assertThat(DiscountPrecedence.select(List.of(everyone, type, account), otherAccount)).contains(everyone);
        var freeText = new DiscountPrecedence.Situation(ACCOUNTS[0], TYPES[0], LISTS[0], null, null,
                BigDecimal.TEN, Map.of(), DAY0);
        assertThat(DiscountPrecedence.select(List.of(everyone, type, account), freeText)).isEmpty();
    }

    @Example
    void givenTwoRevenueThresholds_thenTheHighestReachedApplies() {
        Currency eur = CURRENCIES[0];
        DiscountPolicy low = policy(new DiscountScope.Everyone(), new DiscountItem.All(),
                new DiscountCondition.MinimumRevenue(new BigDecimal("1000"), eur), "2", 0);
        DiscountPolicy high = policy(new DiscountScope.Everyone(), new DiscountItem.All(),
                new DiscountCondition.MinimumRevenue(new BigDecimal("5000"), eur), "5", 1);
        var situation = new DiscountPrecedence.Situation(ACCOUNTS[0], null, null, PRODUCTS[0], null, BigDecimal.ONE,
                Map.of(eur, new BigDecimal("4999.99")), DAY0);

        assertThat(DiscountPrecedence.select(List.of(high, low), situation)).contains(low);
        var richer = new DiscountPrecedence.Situation(ACCOUNTS[0], null, null, PRODUCTS[0], null, BigDecimal.ONE,
                Map.of(eur, new BigDecimal("5000")), DAY0);
        assertThat(DiscountPrecedence.select(List.of(low, high), richer)).contains(high);
        var otherCurrency = new DiscountPrecedence.Situation(ACCOUNTS[0], null, null, PRODUCTS[0], null, BigDecimal.ONE,
                Map.of(CURRENCIES[1], new BigDecimal("9000")), DAY0);
        assertThat(DiscountPrecedence.select(List.of(low, high), otherCurrency)).isEmpty();
    }

    private static DiscountPolicy policy(DiscountScope scope, DiscountItem item, DiscountCondition condition,
            String percent, int createdSecond) {
        DiscountTerms terms = DiscountTerms.builder("p" + createdSecond, new BigDecimal(percent), DAY0.minusDays(5))
                .scope(scope).item(item).condition(condition).build();
        return DiscountPolicy.reconstitute(DiscountPolicyId.newId(), terms, T0.plusSeconds(createdSecond),
                T0.plusSeconds(createdSecond), Version.FIRST);
    }

    // ---- the brute force ----

    /** The holding policy that no other holding one outranks, found by comparing every pair. */
    static Optional<DiscountPolicy> bruteForce(List<DiscountPolicy> policies, DiscountPrecedence.Situation s) {
        List<DiscountPolicy> holding = new ArrayList<>();
        for (DiscountPolicy p : policies) {
            if (bruteHolds(p, s)) {
                holding.add(p);
            }
        }
        for (DiscountPolicy candidate : holding) {
            boolean beaten = false;
            for (DiscountPolicy other : holding) {
                if (other != candidate && outranks(other, candidate)) {
                    beaten = true;
                }
            }
            if (!beaten) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    private static boolean bruteHolds(DiscountPolicy p, DiscountPrecedence.Situation s) {
        DiscountTerms t = p.terms();
        LocalDate from = t.validity().from();
        LocalDate until = t.validity().until();
        if (s.day().compareTo(from) < 0 || (until != null && s.day().compareTo(until) > 0)) {
            return false;
        }
        DiscountScope sc = t.scope();
        boolean scope = sc instanceof DiscountScope.Account a ? a.accountId().equals(s.accountId())
                : sc instanceof DiscountScope.CustomerType c ? c.customerTypeId().equals(s.customerTypeId())
                : sc instanceof DiscountScope.PriceList l ? l.priceListId().equals(s.priceListId())
                : true;
        DiscountItem it = t.item();
        boolean item = s.productId() != null && (it instanceof DiscountItem.Product pr ? pr.productId().equals(s.productId())
                : it instanceof DiscountItem.Group g ? g.groupKey().equals(s.groupKey())
                : true);
        DiscountCondition co = t.condition();
        boolean condition = co instanceof DiscountCondition.MinimumQuantity q ? s.quantity().compareTo(q.quantity()) >= 0
                : co instanceof DiscountCondition.MinimumRevenue r
                        ? s.revenue().containsKey(r.currency()) && s.revenue().get(r.currency()).compareTo(r.amount()) >= 0
                : true;
        return scope && item && condition;
    }

    /** Whether one policy outranks another: the table's keys, one after the other. */
    private static boolean outranks(DiscountPolicy a, DiscountPolicy b) {
        int[] ka = {scopeRank(a), itemRank(a), conditionRank(a)};
        int[] kb = {scopeRank(b), itemRank(b), conditionRank(b)};
        for (int i = 0; i < ka.length; i++) {
            if (ka[i] != kb[i]) {
                return ka[i] > kb[i];
            }
        }
        int minimum = minimum(a).compareTo(minimum(b));
        if (minimum != 0) {
            return minimum > 0;
        }
        int percent = a.terms().percent().compareTo(b.terms().percent());
        if (percent != 0) {
            return percent > 0;
        }
        if (!a.createdAt().equals(b.createdAt())) {
            return a.createdAt().isBefore(b.createdAt());
        }
        return a.id().toString().compareTo(b.id().toString()) < 0;
    }

    private static int scopeRank(DiscountPolicy p) {
        DiscountScope s = p.terms().scope();
        return s instanceof DiscountScope.Account ? 3 : s instanceof DiscountScope.CustomerType ? 2
                : s instanceof DiscountScope.PriceList ? 1 : 0;
    }

    private static int itemRank(DiscountPolicy p) {
        DiscountItem i = p.terms().item();
        return i instanceof DiscountItem.Product ? 2 : i instanceof DiscountItem.Group ? 1 : 0;
    }

    private static int conditionRank(DiscountPolicy p) {
        DiscountCondition c = p.terms().condition();
        return c instanceof DiscountCondition.MinimumRevenue ? 2 : c instanceof DiscountCondition.MinimumQuantity ? 1 : 0;
    }

    private static BigDecimal minimum(DiscountPolicy p) {
        DiscountCondition c = p.terms().condition();
        return c instanceof DiscountCondition.MinimumRevenue r ? r.amount()
                : c instanceof DiscountCondition.MinimumQuantity q ? q.quantity() : BigDecimal.ZERO;
    }

    // ---- generators ----

    @Provide
    Arbitrary<Drawn> drawn() {
        return Combinators.combine(policy().list().ofMinSize(2).ofMaxSize(14), situation()).as(Drawn::new);
    }

    private Arbitrary<DiscountPrecedence.Situation> situation() {
        Arbitrary<Map<Currency, BigDecimal>> revenue = Combinators.combine(
                Arbitraries.of(0, 1), Arbitraries.of(new BigDecimal("500"), new BigDecimal("1000"), new BigDecimal("5000")))
                .as((c, amount) -> Map.of(CURRENCIES[c], amount));
        return Combinators.combine(Arbitraries.integers().between(0, 1), Arbitraries.integers().between(0, 2),
                        Arbitraries.integers().between(0, 2), Arbitraries.of(0, 1, 0, 1, 0, 1, 2),
                        Arbitraries.integers().between(0, 2), Arbitraries.of(1, 5, 10, 50), revenue,
                        Arbitraries.integers().between(-2, 2))
                .as((a, t, l, p, g, q, r, d) -> new DiscountPrecedence.Situation(ACCOUNTS[a], t == 2 ? null : TYPES[t],
                        l == 2 ? null : LISTS[l], p == 2 ? null : PRODUCTS[p],
                        g == 2 ? null : new DiscountItem.Group(GROUPS[g]).groupKey(), new BigDecimal(q), r,
                        DAY0.plusDays(d)));
    }

    private Arbitrary<DiscountPolicy> policy() {
        Arbitrary<DiscountScope> scope = Arbitraries.oneOf(
                Arbitraries.of(ACCOUNTS).map(DiscountScope.Account::new),
                Arbitraries.of(TYPES).map(DiscountScope.CustomerType::new),
                Arbitraries.of(LISTS).map(DiscountScope.PriceList::new),
                Arbitraries.just(new DiscountScope.Everyone()));
        Arbitrary<DiscountItem> item = Arbitraries.oneOf(
                Arbitraries.of(PRODUCTS).map(DiscountItem.Product::new),
                Arbitraries.of(GROUPS).map(g -> g.toUpperCase(java.util.Locale.ROOT)).map(DiscountItem.Group::new),
                Arbitraries.just(new DiscountItem.All()));
        Arbitrary<DiscountCondition> condition = Arbitraries.oneOf(
                Arbitraries.just(new DiscountCondition.None()),
                Arbitraries.of(1, 5, 10, 20).map(q -> new DiscountCondition.MinimumQuantity(new BigDecimal(q))),
                Combinators.combine(Arbitraries.of(500, 1000, 5000), Arbitraries.of(CURRENCIES))
                        .as((amount, c) -> new DiscountCondition.MinimumRevenue(new BigDecimal(amount), c)));
        Arbitrary<Validity> validity = Combinators.combine(Arbitraries.integers().between(-4, 1),
                        Arbitraries.integers().between(0, 5), Arbitraries.of(true, true, false))
                .as((from, length, open) -> new Validity(DAY0.plusDays(from), open ? null : DAY0.plusDays(from + length)));
        Arbitrary<BigDecimal> percent = Arbitraries.of("0", "2.5", "5", "5.00", "10", "100").map(BigDecimal::new);
        return Combinators.combine(scope, item, condition, percent, validity, Arbitraries.integers().between(0, 3))
                .as((s, i, c, p, v, created) -> DiscountPolicy.reconstitute(DiscountPolicyId.newId(),
                        new DiscountTerms("policy", s, i, c, p, v), T0.plusSeconds(created), T0.plusSeconds(created),
                        Version.FIRST));
    }
}
