package dev.crmkit.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crmkit.CrmSession;
import dev.crmkit.access.AccessScope;
import dev.crmkit.access.CrmUser;
import dev.crmkit.account.Account;
import dev.crmkit.account.AccountDetails;
import dev.crmkit.account.AccountQuery;
import dev.crmkit.account.AccountSort;
import dev.crmkit.account.AccountStatus;
import dev.crmkit.account.Address;
import dev.crmkit.account.CharacteristicValue;
import dev.crmkit.account.ClassifyAccount;
import dev.crmkit.account.CreditProperties;
import dev.crmkit.account.CreditTerms;
import dev.crmkit.account.OpenCardFilter;
import dev.crmkit.account.ProspectState;
import dev.crmkit.casework.CaseChannel;
import dev.crmkit.casework.CaseDetails;
import dev.crmkit.casework.CaseStatus;
import dev.crmkit.casework.ChangeCaseStatus;
import dev.crmkit.casework.OpenCase;
import dev.crmkit.casework.ServiceCase;
import dev.crmkit.common.CardId;
import dev.crmkit.common.CaseId;
import dev.crmkit.common.PipelineId;
import dev.crmkit.common.StageId;
import dev.crmkit.pipeline.Card;
import dev.crmkit.pipeline.CardOutcome;
import dev.crmkit.pipeline.CreateCard;
import dev.crmkit.pipeline.MarkCardLost;
import dev.crmkit.pipeline.MoveCard;
import dev.crmkit.pipeline.Pipeline;
import dev.crmkit.pipeline.Stage;
import java.util.EnumSet;
import java.util.HashSet;
import dev.crmkit.account.Classification;
import dev.crmkit.account.CreateAccount;
import dev.crmkit.account.CustomerProperties;
import dev.crmkit.account.Interest;
import dev.crmkit.account.InterestKind;
import dev.crmkit.account.MarkInterest;
import dev.crmkit.account.PersonKind;
import dev.crmkit.account.SetCharacteristicValue;
import dev.crmkit.account.TaxId;
import dev.crmkit.catalog.CatalogEntry;
import dev.crmkit.catalog.CatalogKind;
import dev.crmkit.catalog.CharacteristicValueType;
import dev.crmkit.catalog.CreateCharacteristicType;
import dev.crmkit.common.AccountId;
import dev.crmkit.common.CatalogEntryId;
import dev.crmkit.common.InvalidCommandException;
import dev.crmkit.common.Page;
import dev.crmkit.common.Violation;
import dev.crmkit.common.SortDirection;
import dev.crmkit.common.Text;
import dev.crmkit.common.UserId;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * Property: for random accounts, random actors of any scope and random combinations of every filter, the
 * account query returns exactly what a brute-force filter over the same accounts returns, in the requested
 * order, across all pages, and never an account outside the actor's scope. The accounts carry random customer
 * properties, credit terms and flags, random cards in two pipelines (open, moved, archived or lost) and random
 * cases (pending or closed), so the filters on an open card, an open case and a prospect's state are drawn too. The brute force is written here,
 * independently of the library's own evaluation, from the rules documented on {@link AccountQuery}.
 */
public abstract class AccountQueryProperties extends CrmKitSupport {

    private static final List<String> WORDS = List.of("Acme", "Água", "agua", "Beta", "Café", "Sul", "Norte", "São",
            "Sao", "João", "Lima", "Ltda", "Telecom", "Fibra", "Ômega", "Z");
    private static final List<String> CITIES = List.of("São Paulo", "sao paulo", "Campinas", "Quito", "Curitiba");
    private static final List<String> STATES = List.of("SP", "sp", "PR", "Pichincha");
    private static final List<String> COUNTRIES = List.of("BR", "EC", "AR");

    @Property(tries = 60)
    void theQueryReturnsExactlyWhatABruteForceFilterReturns(@ForAll @IntRange(max = Integer.MAX_VALUE) int seed) {
        Random random = new Random(seed);
        World world = world(random);
        for (int query = 0; query < 6; query++) {
            CrmUser actor = world.users().get(random.nextInt(world.users().size()));
            AccountQuery q = query(random, world, actor);
            List<Account> expected = world.accounts().values().stream()
                    .filter(a -> visibleTo(actor, a, world))
                    .filter(matches(q, world, actor))
                    .sorted(order(q))
                    .toList();

            List<Account> actual = new ArrayList<>();
            CrmSession session = world.tenant().as(actor.id());
            Page<Account> page = session.accounts().query(q);
            int pages = 1;
            while (true) {
                assertThat(page.items().size()).isLessThanOrEqualTo(q.pageSize());
                actual.addAll(page.items());
                if (q.includeTotal()) {
                    assertThat(page.totalCount()).hasValue(expected.size());
                }
                if (!page.hasNext()) {
                    break;
                }
                assertThat(page.items()).hasSize(q.pageSize());
                page = session.accounts().query(q.after(page.nextCursor()));
                assertThat(++pages).isLessThanOrEqualTo(expected.size() / q.pageSize() + 2);
            }

            assertThat(actual).as("actor %s (%s), query %s", actor.id(), actor.scope(), q)
                    .extracting(Account::id).containsExactlyElementsOf(expected.stream().map(Account::id).toList());
            assertThat(actual).allSatisfy(a -> assertThat(visibleTo(actor, a, world)).isTrue());
            world.pipelines().stream().filter(p -> !sees(actor, p)).findFirst().ifPresent(hidden -> {
                InvalidCommandException refused = thrown(InvalidCommandException.class, () -> session.accounts().query(
                        AccountQuery.builder().openCard(OpenCardFilter.inPipelines(hidden.id())).build()));
                assertThat(refused.violations()).extracting(Violation::path).containsExactly("openCard.pipelines");
            });
        }
    }

    private World world(Random random) {
        TestTenant tenant = newTenant();
        CrmSession admin = tenant.admin();
        CatalogEntryId north = tenant.addTeam("North");
        CatalogEntryId south = tenant.addTeam("South");
        List<CrmUser> users = new ArrayList<>();
        users.add(admin.users().me());
        for (int i = 0; i < 5; i++) {
            AccessScope scope = AccessScope.values()[random.nextInt(3)];
            CatalogEntryId team = random.nextInt(4) == 0 ? null : random.nextBoolean() ? north : south;
            users.add(tenant.addUser(UserTestData.aUser().withId("u" + i).inTeam(team).withScope(scope)));
        }
        CatalogEntry size = admin.catalogs().createCharacteristicType(
                new CreateCharacteristicType("Size", CharacteristicValueType.CHOICE, List.of("Small", "Large")));
        CatalogEntry employees = admin.catalogs().createCharacteristicType(
                new CreateCharacteristicType("Employees", CharacteristicValueType.NUMBER, null));
        List<CatalogEntryId> areas = List.of(tenant.addEntry(CatalogKind.INTEREST_AREA, "Fiber").id(),
                tenant.addEntry(CatalogKind.INTEREST_AREA, "TV").id());
        Map<CatalogKind, List<CatalogEntryId>> entries = new HashMap<>();
        for (CatalogKind kind : List.of(CatalogKind.CUSTOMER_TYPE, CatalogKind.PRIORITY, CatalogKind.ECONOMIC_ACTIVITY,
                CatalogKind.PRICE_LIST)) {
            entries.put(kind, List.of(tenant.addEntry(kind, kind.name() + " one").id(),
                    tenant.addEntry(kind, kind.name() + " two").id()));
        }
        List<Pipeline> pipelines = new ArrayList<>();
        for (String name : List.of("Sales", "Field")) {
            List<UserId> members = new ArrayList<>(List.of(users.get(0).id()));
            users.stream().skip(1).filter(u -> random.nextBoolean()).forEach(u -> members.add(u.id()));
            pipelines.add(PipelineTestData.aPipeline().named(name).withStages("Contact", "Proposal")
                    .withUsers(members.toArray(UserId[]::new)).createdBy(admin));
        }
        Map<AccountId, Account> accounts = new HashMap<>();
        List<CardId> cardIds = new ArrayList<>();
        List<CaseId> caseIds = new ArrayList<>();
        int count = random.nextInt(41);
        for (int i = 0; i < count; i++) {
            clock.advance(Duration.ofSeconds(random.nextInt(3)));
            Set<UserId> responsibles = new LinkedHashSet<>();
            for (CrmUser user : users) {
                if (random.nextInt(4) == 0) {
                    responsibles.add(user.id());
                }
            }
            UserId salesperson = random.nextBoolean() ? users.get(random.nextInt(users.size())).id() : null;
            AccountDetails details = new AccountDetails(PersonKind.values()[random.nextInt(2)], pick(random, WORDS) + " " + pick(random, WORDS),
                    random.nextBoolean() ? pick(random, WORDS) : null, random.nextInt(3) == 0 ? TaxIdSamples.cnpj() : null,
                    null, random.nextBoolean() ? List.of(pick(random, WORDS).toLowerCase() + i + "@mail.com") : List.of(),
                    random.nextBoolean() ? List.of("+55 11 9" + (1000 + random.nextInt(9000)) + "-" + i) : List.of(), null, null,
                    random.nextInt(5) == 0 ? null : new Address(null, null, null, pick(random, CITIES), pick(random, STATES),
                            null, pick(random, COUNTRIES)),
                    new CustomerProperties(maybe(random, entries.get(CatalogKind.CUSTOMER_TYPE)),
                            maybe(random, entries.get(CatalogKind.PRIORITY)), maybe(random, entries.get(CatalogKind.ECONOMIC_ACTIVITY)),
                            maybe(random, entries.get(CatalogKind.PRICE_LIST)), random.nextBoolean(),
                            AccountStatus.values()[random.nextInt(4)], salesperson),
                    random.nextBoolean() ? new CreditProperties(CreditTerms.CREDIT, 30, null) : CreditProperties.CASH, null,
                    random.nextInt(3) == 0);
            Account account = admin.accounts().create(new CreateAccount(
                    Classification.values()[random.nextInt(4)], details, responsibles)).account();
            if (random.nextInt(3) == 0) {
                clock.advance(Duration.ofSeconds(1));
                account = admin.accounts().setCharacteristic(new SetCharacteristicValue(
                        account.id(), size.id(), random.nextBoolean() ? "Small" : "Large"));
            }
            if (random.nextInt(3) == 0) {
                account = admin.accounts().setCharacteristic(new SetCharacteristicValue(
                        account.id(), employees.id(), String.valueOf(random.nextInt(3) * 10)));
            }
            if (random.nextInt(3) == 0) {
                account = admin.accounts().markInterest(new MarkInterest(account.id(), pick(random, areas),
                        random.nextBoolean() ? InterestKind.INTEREST : InterestKind.DISINTEREST, null));
            }
            for (Pipeline pipeline : pipelines) {
                if (random.nextInt(3) == 0) {
                    cardIds.add(card(random, admin, pipeline, account.id()));
                }
            }
            if (random.nextInt(4) == 0) {
                ServiceCase opened = admin.cases().open(new OpenCase(account.id(),
                        CaseDetails.builder("Case " + i, CaseChannel.PHONE).build()));
                if (random.nextBoolean()) {
                    admin.cases().changeStatus(ChangeCaseStatus.of(opened, CaseStatus.CLOSED));
                }
                caseIds.add(opened.id());
            }
            accounts.put(account.id(), account);
        }
        if (!accounts.isEmpty() && random.nextBoolean()) {
            Account first = accounts.values().iterator().next();
            clock.advance(Duration.ofSeconds(5));
            accounts.put(first.id(), admin.accounts().classify(new ClassifyAccount(first.id(), Classification.CUSTOMER, null)));
        }
        // Cards and cases may have touched their accounts (a classification, the last change): read them again.
        for (AccountId id : List.copyOf(accounts.keySet())) {
            accounts.put(id, admin.accounts().get(id));
        }
        List<Card> cards = cardIds.stream().map(admin.cards()::get).toList();
        List<ServiceCase> cases = caseIds.stream().map(admin.cases()::get).toList();
        return new World(tenant, users, accounts, size, employees, areas, entries, pipelines, cards, cases);
    }

    /** A card of an account in a pipeline, left open in either stage, archived, or lost (and perhaps a second one). */
    private static CardId card(Random random, CrmSession admin, Pipeline pipeline, AccountId account) {
        Card card = admin.cards().create(new CreateCard(pipeline.id(), null, "Deal", null, null, null, null, null, null, account));
        switch (random.nextInt(4)) {
            case 0 -> card = admin.cards().move(new MoveCard(card.id(), pipeline.stages().get(1).id(), null, card.version()));
            case 1 -> card = admin.cards().archive(new CardOutcome(card.id(), card.version()));
            case 2 -> card = admin.cards().markLost(new MarkCardLost(card.id(), "price", card.version()));
            default -> { }
        }
        return card.id();
    }

    private static CatalogEntryId maybe(Random random, List<CatalogEntryId> entries) {
        return random.nextInt(3) == 0 ? null : pick(random, entries);
    }

    private static AccountQuery query(Random random, World world, CrmUser actor) {
        AccountQuery.Builder q = AccountQuery.builder();
        if (chance(random)) {
            q.classifications(someOf(random, List.of(Classification.values())));
        }
        if (chance(random)) {
            q.statuses(someOf(random, List.of(AccountStatus.values())));
        }
        if (chance(random)) {
            q.responsibles(someOf(random, world.users().stream().map(CrmUser::id).toList()));
        }
        if (chance(random)) {
            q.salespeople(someOf(random, world.users().stream().map(CrmUser::id).toList()));
        }
        if (chance(random)) {
            q.characteristic(world.size().id(), pick(random, List.of("small", "LARGE", " Large ")));
        }
        if (chance(random)) {
            q.characteristic(world.employees().id(), pick(random, List.of("0", "10.0", "20", "10,00")));
        }
        if (chance(random)) {
            q.interests(someOf(random, world.areas()));
        }
        if (chance(random)) {
            q.disinterests(someOf(random, world.areas()));
        }
        if (chance(random)) {
            q.place(random.nextBoolean() ? pick(random, CITIES).toUpperCase() : null,
                    random.nextBoolean() ? pick(random, STATES) : null, random.nextBoolean() ? pick(random, COUNTRIES) : null);
        }
        if (chance(random) && !world.accounts().isEmpty()) {
            q.text(textOf(random, new ArrayList<>(world.accounts().values())));
        }
        if (chance(random)) {
            Instant from = START.plusSeconds(random.nextInt(40));
            q.createdBetween(random.nextBoolean() ? from : null, random.nextBoolean() ? from.plusSeconds(1 + random.nextInt(40)) : null);
        }
        if (chance(random)) {
            q.customerTypes(someOf(random, world.entries().get(CatalogKind.CUSTOMER_TYPE)));
        }
        if (chance(random)) {
            q.priorities(someOf(random, world.entries().get(CatalogKind.PRIORITY)));
        }
        if (chance(random)) {
            q.economicActivities(someOf(random, world.entries().get(CatalogKind.ECONOMIC_ACTIVITY)));
        }
        if (chance(random)) {
            q.priceLists(someOf(random, world.entries().get(CatalogKind.PRICE_LIST)));
        }
        if (chance(random)) {
            q.personKinds(someOf(random, List.of(PersonKind.values())));
        }
        if (chance(random)) {
            q.creditTerms(someOf(random, List.of(CreditTerms.values())));
        }
        if (chance(random)) {
            q.supplier(random.nextBoolean());
        }
        if (chance(random)) {
            q.taxable(random.nextBoolean());
        }
        List<Pipeline> seen = world.pipelines().stream().filter(p -> sees(actor, p)).toList();
        if (chance(random) && !seen.isEmpty()) {
            // Only pipelines and stages the actor sees: naming another is refused (checked on its own below).
            List<PipelineId> pipelines = random.nextBoolean() ? List.of() : someOf(random, seen.stream().map(Pipeline::id).toList());
            List<StageId> stages = random.nextBoolean() ? List.of()
                    : someOf(random, seen.stream().flatMap(p -> p.stages().stream()).map(Stage::id).toList());
            q.openCard(new OpenCardFilter(Set.copyOf(pipelines), Set.copyOf(stages)));
        }
        if (chance(random)) {
            q.openCase(random.nextBoolean());
        }
        if (chance(random)) {
            q.prospectStates(someOf(random, List.of(ProspectState.values())));
        }
        q.sort(AccountSort.values()[random.nextInt(3)], random.nextBoolean() ? SortDirection.ASC : SortDirection.DESC);
        q.pageSize(1 + random.nextInt(7));
        if (random.nextBoolean()) {
            q.withTotal();
        }
        return q.build();
    }

    /** A piece of some account's name, e-mail, phone or tax id, in another case or with accents. */
    private static String textOf(Random random, List<Account> accounts) {
        Account a = pick(random, accounts);
        List<String> fields = new ArrayList<>(List.of(a.details().legalName()));
        fields.addAll(a.details().emails());
        fields.addAll(a.details().phones());
        if (a.details().taxId() != null) {
            fields.add(a.details().taxId().formatted());
        }
        String field = pick(random, fields);
        int from = random.nextInt(field.length());
        String piece = field.substring(from, Math.min(field.length(), from + 1 + random.nextInt(6)));
        return random.nextBoolean() ? piece.toUpperCase() : piece;
    }

    // ---- the brute force, from AccountQuery's documented rules ----

    private static boolean sees(CrmUser actor, Pipeline pipeline) {
        return actor.admin() || pipeline.users().contains(actor.id());
    }

    private static boolean visibleTo(CrmUser actor, Account account, World world) {
        return switch (actor.scope()) {
            case ALL -> true;
            case PORTFOLIO -> account.responsibles().contains(actor.id());
            case TEAM -> actor.teamId().isEmpty() ? account.responsibles().contains(actor.id())
                    : account.responsibles().stream().anyMatch(r -> world.teamOf(r).equals(actor.teamId()));
        };
    }

    private static Predicate<Account> matches(AccountQuery q, World world, CrmUser actor) {
        return a -> {
            if (!matchesBeyond(q, world, actor, a)) {
                return false;
            }
            AccountDetails d = a.details();
            Address address = d.address() == null ? Address.EMPTY : d.address();
            return (q.classifications().isEmpty() || q.classifications().contains(a.classification()))
                    && (q.statuses().isEmpty() || q.statuses().contains(d.customer().status()))
                    && (q.responsibles().isEmpty() || q.responsibles().stream().anyMatch(a.responsibles()::contains))
                    && (q.salespeople().isEmpty() || (d.customer().salespersonId() != null
                            && q.salespeople().contains(d.customer().salespersonId())))
                    && q.characteristics().stream().allMatch(f -> holds(a, f.characteristicTypeId(), f.value(), world))
                    && (q.interests().isEmpty() || q.interests().stream().anyMatch(i -> marked(a, i, InterestKind.INTEREST)))
                    && (q.disinterests().isEmpty() || q.disinterests().stream().anyMatch(i -> marked(a, i, InterestKind.DISINTEREST)))
                    && (q.city() == null || Text.fold(q.city()).equals(Text.fold(address.city())))
                    && (q.state() == null || Text.fold(q.state()).equals(Text.fold(address.state())))
                    && (q.country() == null || q.country().equals(address.country()))
                    && (q.text() == null || containsText(a, q.text()))
                    && (q.createdFrom() == null || !a.createdAt().isBefore(q.createdFrom()))
                    && (q.createdTo() == null || a.createdAt().isBefore(q.createdTo()))
                    && (q.customerTypes().isEmpty() || (d.customer().customerTypeId() != null && q.customerTypes().contains(d.customer().customerTypeId())))
                    && (q.priorities().isEmpty() || (d.customer().priorityId() != null && q.priorities().contains(d.customer().priorityId())))
                    && (q.economicActivities().isEmpty() || (d.customer().economicActivityId() != null && q.economicActivities().contains(d.customer().economicActivityId())))
                    && (q.priceLists().isEmpty() || (d.customer().priceListId() != null && q.priceLists().contains(d.customer().priceListId())))
                    && (q.personKinds().isEmpty() || q.personKinds().contains(d.personKind()))
                    && (q.creditTerms().isEmpty() || q.creditTerms().contains(d.credit().terms()))
                    && (q.supplier() == null || q.supplier() == d.supplier())
                    && (q.taxable() == null || q.taxable() == d.customer().taxable());
        };
    }

    /** The filters on cards and cases: only cards of the pipelines the actor uses (all, for an administrator) count. */
    private static boolean matchesBeyond(AccountQuery q, World world, CrmUser actor, Account a) {
        Set<PipelineId> seen = new HashSet<>();
        world.pipelines().stream().filter(p -> sees(actor, p)).forEach(p -> seen.add(p.id()));
        List<Card> cards = world.cards().stream()
                .filter(c -> c.accountId().equals(Optional.of(a.id())) && seen.contains(c.pipelineId())).toList();
        Predicate<Card> open = c -> !c.archived() && c.lostAt().isEmpty() && c.convertedToCustomerAt().isEmpty()
                && c.convertedToServiceAt().isEmpty();
        if (q.openCard() != null && cards.stream().noneMatch(c -> open.test(c)
                && (q.openCard().pipelines().isEmpty() || q.openCard().pipelines().contains(c.pipelineId()))
                && (q.openCard().stages().isEmpty() || q.openCard().stages().contains(c.stageId())))) {
            return false;
        }
        if (q.openCase() != null) {
            boolean pending = world.cases().stream().anyMatch(c -> c.accountId().equals(a.id())
                    && EnumSet.of(CaseStatus.NEW, CaseStatus.OPEN, CaseStatus.WAITING_CUSTOMER).contains(c.status()));
            if (pending != q.openCase()) {
                return false;
            }
        }
        if (!q.prospectStates().isEmpty()) {
            if (a.classification() != Classification.LEAD && a.classification() != Classification.PROSPECT) {
                return false;
            }
            boolean anyOpen = cards.stream().anyMatch(open);
            boolean anyDropped = cards.stream().anyMatch(c -> c.archived() || c.lostAt().isPresent());
            ProspectState state = anyOpen ? ProspectState.IN_PROGRESS : anyDropped ? ProspectState.ABANDONED : null;
            return state != null && q.prospectStates().contains(state);
        }
        return true;
    }

    private static boolean holds(Account a, CatalogEntryId type, String value, World world) {
        CharacteristicValue held = a.characteristics().get(type);
        if (held == null) {
            return false;
        }
        if (type.equals(world.size().id())) {
            return ((CharacteristicValue.ChoiceValue) held).value().equalsIgnoreCase(value.strip());
        }
        return ((CharacteristicValue.NumberValue) held).value().compareTo(new BigDecimal(value.replace(',', '.'))) == 0;
    }

    private static boolean marked(Account a, CatalogEntryId area, InterestKind kind) {
        Interest interest = a.interests().get(area);
        return interest != null && interest.kind() == kind;
    }

    private static boolean containsText(Account a, String text) {
        String folded = Text.fold(text);
        if (folded.isEmpty()) {
            return true;
        }
        AccountDetails d = a.details();
        List<String> texts = new ArrayList<>();
        texts.add(d.legalName());
        Optional.ofNullable(d.tradeName()).ifPresent(texts::add);
        Optional.ofNullable(d.taxId()).map(TaxId::number).ifPresent(texts::add);
        texts.addAll(d.emails());
        if (texts.stream().anyMatch(t -> Text.fold(t).contains(folded))) {
            return true;
        }
        String digits = Text.digits(text);
        if (digits.length() < 3) {
            return false;
        }
        List<String> numbers = new ArrayList<>(d.phones());
        Optional.ofNullable(d.mobile()).ifPresent(numbers::add);
        Optional.ofNullable(d.taxId()).map(TaxId::number).ifPresent(numbers::add);
        return numbers.stream().anyMatch(n -> Text.digits(n).contains(digits));
    }

    private static Comparator<Account> order(AccountQuery q) {
        Comparator<Account> byKey = switch (q.sort()) {
            case NAME -> Comparator.comparing(a -> Text.sortKey(a.details().legalName()));
            case CREATED -> Comparator.comparing(Account::createdAt);
            case UPDATED -> Comparator.comparing(Account::updatedAt);
        };
        // Ties: the id's canonical text, whose order is the unsigned order of the UUID.
        Comparator<Account> total = byKey.thenComparing(a -> a.id().toString());
        return q.direction() == SortDirection.ASC ? total : total.reversed();
    }

    private static boolean chance(Random random) {
        return random.nextInt(10) < 3;
    }

    private static <T> T pick(Random random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private static <T> List<T> someOf(Random random, List<T> values) {
        List<T> some = new ArrayList<>();
        for (T value : values) {
            if (random.nextInt(3) == 0) {
                some.add(value);
            }
        }
        return some.isEmpty() ? List.of(pick(random, values)) : some;
    }

    /** The tenant, its users and accounts, and the catalog entries the queries use. */
    record World(TestTenant tenant, List<CrmUser> users, Map<AccountId, Account> accounts, CatalogEntry size,
            CatalogEntry employees, List<CatalogEntryId> areas, Map<CatalogKind, List<CatalogEntryId>> entries,
            List<Pipeline> pipelines, List<Card> cards, List<ServiceCase> cases) {

        Optional<CatalogEntryId> teamOf(UserId user) {
            return users.stream().filter(u -> u.id().equals(user)).findFirst().flatMap(CrmUser::teamId);
        }
    }
}
