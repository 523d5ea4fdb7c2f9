package dev.crmkit.testkit;

import static dev.crmkit.testkit.AccountTestData.anAccount;
import static dev.crmkit.testkit.PipelineTestData.aPipeline;
import static org.assertj.core.api.Assertions.assertThat;

import dev.crmkit.CrmSession;
import dev.crmkit.access.AccessScope;
import dev.crmkit.agenda.AgendaEntry;
import dev.crmkit.agenda.AgendaEntryAt;
import dev.crmkit.agenda.CreateAgendaEntry;
import dev.crmkit.account.Account;
import dev.crmkit.common.AccountId;
import dev.crmkit.common.CardId;
import dev.crmkit.common.LabelId;
import dev.crmkit.common.Money;
import dev.crmkit.common.Page;
import dev.crmkit.common.StageId;
import dev.crmkit.common.UserId;
import dev.crmkit.pipeline.AddLabel;
import dev.crmkit.pipeline.Board;
import dev.crmkit.pipeline.BoardDateField;
import dev.crmkit.pipeline.BoardFilter;
import dev.crmkit.pipeline.BoardOrder;
import dev.crmkit.pipeline.Card;
import dev.crmkit.pipeline.CardOutcome;
import dev.crmkit.pipeline.CardSummary;
import dev.crmkit.pipeline.ConvertCardToService;
import dev.crmkit.pipeline.CreateCard;
import dev.crmkit.pipeline.Label;
import dev.crmkit.pipeline.MarkCardLost;
import dev.crmkit.pipeline.MoveCard;
import dev.crmkit.pipeline.Pipeline;
import dev.crmkit.pipeline.Stage;
import dev.crmkit.pipeline.StageColumn;
import dev.crmkit.pipeline.TriState;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * Property: for random cards (stages, labels, members, salespeople, values in two currencies, prospects created on
 * other days, moves, outcomes, pending and concluded tasks, time passing) and random combinations of every board filter, each stage of the board
 * holds exactly what a brute-force filter over the same cards holds: the same total, per-currency sums and stagnant
 * count, the first page in the requested order, and — walking the stage's cursor — every card, each once. The brute
 * force is written here from the rules documented on {@link BoardFilter}, independently of the library's evaluation.
 */
public abstract class BoardQueryProperties extends CrmKitSupport {

    private static final ZoneId ZONE = ZoneId.of("America/Sao_Paulo");
    private static final List<String> CURRENCIES = List.of("BRL", "USD");

    @Property(tries = 40)
    void everyStageHoldsExactlyWhatABruteForceFilterHolds(@ForAll @IntRange(max = Integer.MAX_VALUE) int seed) {
        Random random = new Random(seed);
        World world = world(random);
        Instant now = clock.instant();
        Map<CardId, Card> cards = new LinkedHashMap<>();
        world.cardIds().forEach(id -> cards.put(id, world.admin().cards().get(id)));

        for (int query = 0; query < 5; query++) {
            BoardFilter filter = filter(random, world);
            UserId actor = world.users().get(random.nextInt(world.users().size()));
            CrmSession session = world.tenant().as(actor);
            Board board = session.cards().board(world.pipeline().id(), filter);
            BoardOrder order = filter.order() == null ? BoardOrder.POSITION : filter.order();
            int pageSize = filter.cardsPerStage() == null ? world.pipeline().settings().cardsPerStage() : filter.cardsPerStage();

            assertThat(board.columns()).extracting(c -> c.stage().id())
                    .containsExactlyElementsOf(world.pipeline().stages().stream().map(Stage::id).toList());
            for (StageColumn column : board.columns()) {
                Stage stage = column.stage();
                List<Card> expected = cards.values().stream()
                        .filter(c -> c.stageId().equals(stage.id()))
                        .filter(c -> matches(filter, c, stage, world, now))
                        .sorted(order(order, c -> dateOf(filter, c, world)))
                        .toList();
                String context = "stage " + stage.name() + ", filter " + filter;

                assertThat(column.total()).as(context).isEqualTo(expected.size());
                assertThat(column.sums()).as(context).isEqualTo(sums(expected));
                assertThat(column.stagnant()).as(context).isEqualTo(expected.stream().filter(c -> stagnant(c, stage, now)).count());
                assertThat(column.cards()).as(context).extracting(CardSummary::id)
                        .containsExactlyElementsOf(expected.stream().limit(pageSize).map(Card::id).toList());
                assertThat(column.cards()).as(context)
                        .allSatisfy(s -> assertThat(s.stagnant()).isEqualTo(stagnant(cards.get(s.id()), stage, now)));
                assertThat(column.nextCursor() != null).as(context).isEqualTo(expected.size() > pageSize);

                List<CardId> walked = new ArrayList<>(column.cards().stream().map(CardSummary::id).toList());
                String cursor = column.nextCursor();
                while (cursor != null) {
                    Page<CardSummary> page = session.cards().stage(world.pipeline().id(), stage.id(), filter, cursor);
                    assertThat(page.items().size()).as(context).isBetween(1, pageSize);
                    page.items().forEach(s -> walked.add(s.id()));
                    cursor = page.nextCursor();
                    assertThat(walked.size()).as(context).isLessThanOrEqualTo(expected.size());
                }
                assertThat(walked).as(context).containsExactlyElementsOf(expected.stream().map(Card::id).toList());
            }
        }
    }

    private World world(Random random) {
        TestTenant tenant = newTenant();
        CrmSession admin = tenant.admin();
        List<UserId> users = new ArrayList<>(List.of(tenant.adminId()));
        for (int i = 0; i < 3; i++) {
            users.add(tenant.addUser("u" + i, AccessScope.values()[random.nextInt(3)]).id());
        }
        Pipeline pipeline = aPipeline().withUsers(users.subList(1, users.size()).toArray(UserId[]::new)).createdBy(admin);
        for (String name : List.of("Hot", "Cold", "VIP")) {
            admin.pipelines().addLabel(new AddLabel(pipeline.id(), name, "#AA0000"));
            pipeline = admin.pipelines().get(pipeline.id());
        }
        List<LabelId> labels = pipeline.labels().stream().map(Label::id).toList();

        // Prospects created over the days before the first card, so prospect dates and card dates differ.
        Map<AccountId, Instant> prospects = new HashMap<>();
        List<AccountId> free = new ArrayList<>();
        for (int i = 0; i < 1 + random.nextInt(15); i++) {
            clock.advance(Duration.ofHours(random.nextInt(40)));
            Account account = admin.accounts().create(anAccount().named("Prospect " + i).build()).account();
            prospects.put(account.id(), account.createdAt());
            free.add(account.id());
        }

        List<CardId> cardIds = new ArrayList<>();
        Set<CardId> withTasks = new HashSet<>();
        int count = random.nextInt(46);
        for (int i = 0; i < count; i++) {
            clock.advance(Duration.ofHours(random.nextInt(30)));
            Stage stage = pipeline.stages().get(random.nextInt(pipeline.stages().size()));
            AccountId account = !free.isEmpty() && random.nextBoolean() ? free.remove(random.nextInt(free.size())) : null;
            Money value = random.nextInt(3) == 0 ? null
                    : Money.of(String.valueOf(random.nextInt(10_000)) + "." + random.nextInt(100), pick(random, CURRENCIES));
            Card card = admin.cards().create(new CreateCard(pipeline.id(), stage.id(), "Card " + i, null,
                    someOf(random, labels), someOf(random, users.subList(1, users.size())),
                    random.nextBoolean() ? pick(random, users) : null, value, null, account));
            card = change(random, admin, pipeline, card);
            cardIds.add(card.id());
            // A task linked to the card: pending, or concluded (which leaves the card without pending tasks).
            if (account != null && random.nextInt(3) == 0) {
                AgendaEntry task = admin.agenda().create(new CreateAgendaEntry(account, null, card.id(), null, "Call back",
                        null, null, null));
                if (random.nextBoolean()) {
                    admin.agenda().conclude(new AgendaEntryAt(task.id(), task.version()));
                } else {
                    withTasks.add(card.id());
                }
            }
        }
        clock.advance(Duration.ofHours(random.nextInt(24 * 10)));
        return new World(tenant, admin, users, pipeline, labels, prospects, cardIds, withTasks);
    }

    /** Moves, outcomes and later edits: each also moves the card's last update, which stagnation reads. */
    private Card change(Random random, CrmSession admin, Pipeline pipeline, Card card) {
        int roll = random.nextInt(12);
        return switch (roll) {
            case 0 -> admin.cards().archive(new CardOutcome(card.id(), card.version()));
            case 1 -> admin.cards().markLost(new MarkCardLost(card.id(), "price", card.version()));
            case 2 -> admin.cards().convertToService(new ConvertCardToService(card.id(), "SRV-1", card.version()));
            case 3 -> card.accountId().isPresent()
                    ? admin.cards().convertToCustomer(new CardOutcome(card.id(), card.version())) : card;
            case 4, 5 -> {
                clock.advance(Duration.ofHours(random.nextInt(72)));
                Stage to = pipeline.stages().get(random.nextInt(pipeline.stages().size()));
                yield admin.cards().move(new MoveCard(card.id(), to.id(), null, card.version()));
            }
            default -> card;
        };
    }

    private BoardFilter filter(Random random, World world) {
        BoardFilter.Builder filter = BoardFilter.builder();
        if (random.nextBoolean()) {
            LocalDate first = START.atZone(ZONE).toLocalDate().plusDays(random.nextInt(30));
            filter.dates(random.nextBoolean() ? BoardDateField.CARD_CREATED : BoardDateField.PROSPECT_CREATED,
                    random.nextBoolean() ? first : null, random.nextBoolean() ? first.plusDays(random.nextInt(20)) : null);
        }
        if (random.nextBoolean()) {
            filter.order(pick(random, List.of(BoardOrder.values())));
        }
        if (random.nextBoolean()) {
            filter.cardsPerStage(pick(random, List.of(10, 20)));
        }
        if (random.nextInt(3) == 0) {
            filter.labels(someOf(random, world.labels()));
        }
        if (random.nextInt(3) == 0) {
            filter.members(someOf(random, world.users()));
        }
        if (random.nextInt(3) == 0) {
            filter.salespeople(someOf(random, world.users()));
        }
        filter.stagnant(triState(random)).hasTasks(triState(random)).archived(triState(random)).lost(triState(random))
                .convertedToCustomer(triState(random)).convertedToService(triState(random));
        return filter.build();
    }

    /** The card's creation, or its prospect's when the filter says so and it has one. */
    private static Instant dateOf(BoardFilter f, Card card, World world) {
        return f.dateField() == BoardDateField.PROSPECT_CREATED && card.accountId().isPresent()
                ? world.prospects().get(card.accountId().get()) : card.createdAt();
    }

    private static boolean matches(BoardFilter f, Card card, Stage stage, World world, Instant now) {
        Instant date = dateOf(f, card, world);
        boolean open = !card.archived() && card.lostAt().isEmpty() && card.convertedToCustomerAt().isEmpty()
                && card.convertedToServiceAt().isEmpty();
        return (f.from() == null || !date.isBefore(f.from().atStartOfDay(ZONE).toInstant()))
                && (f.to() == null || date.isBefore(f.to().plusDays(1).atStartOfDay(ZONE).toInstant()))
                && (f.labels().isEmpty() || card.labels().stream().anyMatch(f.labels()::contains))
                && (f.members().isEmpty() || card.members().stream().anyMatch(f.members()::contains))
                && (f.salespeople().isEmpty() || card.salespersonId().filter(f.salespeople()::contains).isPresent())
                && tri(f.stagnant(), open && stagnant(card, stage, now))
                && tri(f.hasTasks(), world.withTasks().contains(card.id()))
                && tri(f.archived(), card.archived())
                && tri(f.lost(), card.lostAt().isPresent())
                && tri(f.convertedToCustomer(), card.convertedToCustomerAt().isPresent())
                && tri(f.convertedToService(), card.convertedToServiceAt().isPresent());
    }

    /** Open, in a stage with stagnant days, and not updated for at least that long. */
    private static boolean stagnant(Card card, Stage stage, Instant now) {
        boolean open = !card.archived() && card.lostAt().isEmpty() && card.convertedToCustomerAt().isEmpty()
                && card.convertedToServiceAt().isEmpty();
        return open && stage.stagnantDays() > 0
                && !card.updatedAt().plus(Duration.ofDays(stage.stagnantDays())).isAfter(now);
    }

    private static boolean tri(TriState state, boolean value) {
        return switch (state) {
            case ALL -> true;
            case YES -> value;
            case NO -> !value;
        };
    }

    private static Comparator<Card> order(BoardOrder order, Function<Card, Instant> date) {
        Comparator<Card> byId = (a, b) -> compareUnsigned(a.id(), b.id());
        return switch (order) {
            case POSITION -> Comparator.comparing(Card::position).thenComparing(byId);
            case ASCENDING -> Comparator.comparing(date).thenComparing(byId);
            case DESCENDING -> Comparator.comparing(date).thenComparing(byId).reversed();
        };
    }

    private static int compareUnsigned(CardId a, CardId b) {
        int high = Long.compareUnsigned(a.value().getMostSignificantBits(), b.value().getMostSignificantBits());
        return high != 0 ? high : Long.compareUnsigned(a.value().getLeastSignificantBits(), b.value().getLeastSignificantBits());
    }

    private static List<Money> sums(List<Card> cards) {
        Map<String, BigDecimal> sums = new TreeMap<>();
        for (Card card : cards) {
            card.value().ifPresent(v -> sums.merge(v.currency().getCurrencyCode(), v.amount(), BigDecimal::add));
        }
        List<Money> money = new ArrayList<>();
        sums.forEach((currency, amount) -> money.add(Money.of(amount.toPlainString(), currency)));
        return money;
    }

    private static TriState triState(Random random) {
        return pick(random, List.of(TriState.values()));
    }

    private static <T> T pick(Random random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private static <T> Set<T> someOf(Random random, List<T> values) {
        Set<T> chosen = new HashSet<>();
        for (T value : values) {
            if (random.nextInt(3) == 0) {
                chosen.add(value);
            }
        }
        return chosen;
    }

    private record World(TestTenant tenant, CrmSession admin, List<UserId> users, Pipeline pipeline, List<LabelId> labels,
            Map<AccountId, Instant> prospects, List<CardId> cardIds, Set<CardId> withTasks) {}
}
