package dev.crmkit.testkit;

import static dev.crmkit.testkit.AccountTestData.anAccount;
import static dev.crmkit.testkit.PipelineTestData.aPipeline;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.crmkit.CrmSession;
import dev.crmkit.access.AccessScope;
import dev.crmkit.common.NotFoundException;
import dev.crmkit.common.AccountId;
import dev.crmkit.common.CardId;
import dev.crmkit.common.HistoryEntryId;
import dev.crmkit.common.LabelId;
import dev.crmkit.common.Money;
import dev.crmkit.common.Page;
import dev.crmkit.common.RuleViolationException;
import dev.crmkit.common.StageId;
import dev.crmkit.common.UserId;
import dev.crmkit.pipeline.AddComment;
import dev.crmkit.pipeline.AddLabel;
import dev.crmkit.pipeline.BoardFilter;
import dev.crmkit.pipeline.Card;
import dev.crmkit.pipeline.CardOutcome;
import dev.crmkit.pipeline.CardSummary;
import dev.crmkit.pipeline.ConvertCardToService;
import dev.crmkit.pipeline.CreateCard;
import dev.crmkit.pipeline.DeleteCard;
import dev.crmkit.pipeline.HistoryEntry;
import dev.crmkit.pipeline.Label;
import dev.crmkit.pipeline.MarkCardLost;
import dev.crmkit.pipeline.MoveCard;
import dev.crmkit.pipeline.Pipeline;
import dev.crmkit.pipeline.PipelineUser;
import dev.crmkit.pipeline.StageColumn;
import dev.crmkit.pipeline.TriState;
import dev.crmkit.pipeline.UpdateCard;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.state.Action;
import net.jqwik.api.state.ActionChain;
import net.jqwik.api.state.ActionChainArbitrary;
import net.jqwik.api.state.Transformer;

/**
 * Stateful property: random chains of create / move / reorder / edit / label / comment / archive / lose / reopen /
 * convert / delete, and pipeline membership changes, each by a random actor (administrator, pipeline users, an
 * outsider). A model written here predicts each step — who may act, which outcome a rule refuses, where a card
 * lands — and after every step the chain checks that:
 * <ul>
 *   <li>each live card is in exactly one stage, in the order the model predicts, with strictly ordered positions;
 *   <li>each stage's count and per-currency sums match the model's cards;
 *   <li>the step wrote exactly one history entry per changed field (none for a refused or empty step);
 *   <li>no actor ever sees a board, or a pipeline in its list, unless it is a user of it or an administrator.
 * </ul>
 */
public abstract class PipelineStatefulProperties extends CrmKitSupport {

    private static final BoardFilter EVERYTHING = BoardFilter.builder().archived(TriState.ALL).cardsPerStage(500).build();

    @Property(tries = 30)
    void everyStepKeepsTheBoardTheHistoryAndTheAccessScopeRight(@ForAll("chains") ActionChain<World> chain) {
        chain.withInvariant("board matches the model", World::checkBoard)
                .withInvariant("only users see the board", World::checkVisibility)
                .run();
    }

    @Provide
    Arbitrary<ActionChain<World>> chains() {
        ActionChainArbitrary<World> chains = ActionChain.<World>startWith(this::newWorld)
                .withAction(3, (Action.Independent<World>) () -> Combinators.combine(actor(), Arbitraries.integers().between(0, 2),
                        money(), Arbitraries.of(true, false))
                        .as((actor, stage, value, withAccount) -> Transformer.mutate(
                                "create by " + actor + " in stage " + stage, w -> w.create(actor, stage, value, withAccount))))
                .withAction(3, onACard((actor, card, random) -> Transformer.mutate("move " + card + " by " + actor,
                        w -> w.move(actor, card, random, false))))
                .withAction(2, onACard((actor, card, random) -> Transformer.mutate("reorder " + card + " by " + actor,
                        w -> w.move(actor, card, random, true))))
                .withAction(2, onACard((actor, card, random) -> Transformer.mutate("edit " + card + " by " + actor,
                        w -> w.edit(actor, card, random, false))))
                .withAction(2, onACard((actor, card, random) -> Transformer.mutate("label " + card + " by " + actor,
                        w -> w.edit(actor, card, random, true))))
                .withAction(1, onACard((actor, card, random) -> Transformer.mutate("comment " + card + " by " + actor,
                        w -> w.comment(actor, card, random))))
                .withAction(1, onACard((actor, card, random) -> Transformer.mutate("archive/unarchive " + card + " by " + actor,
                        w -> w.archive(actor, card))))
                .withAction(1, onACard((actor, card, random) -> Transformer.mutate("lose " + card + " by " + actor,
                        w -> w.lose(actor, card))))
                .withAction(1, onACard((actor, card, random) -> Transformer.mutate("reopen " + card + " by " + actor,
                        w -> w.reopen(actor, card))))
                .withAction(1, onACard((actor, card, random) -> Transformer.mutate("convert " + card + " by " + actor,
                        w -> w.convert(actor, card, random % 2 == 0))))
                .withAction(1, onACard((actor, card, random) -> Transformer.mutate("delete " + card + " by " + actor,
                        w -> w.delete(actor, card, random % 2 == 0))))
                .withAction(1, Action.just(Transformer.mutate("toggle u2's membership", World::toggleMembership)));
        return chains.withMaxTransformations(25);
    }

    private static Arbitrary<String> actor() {
        return Arbitraries.of("admin", "u1", "u2", "outsider");
    }

    private static Arbitrary<Money> money() {
        return Combinators.combine(Arbitraries.integers().between(0, 99_999), Arbitraries.of("BRL", "USD"))
                .as((cents, currency) -> Money.of(BigDecimal.valueOf(cents, 2).toPlainString(), currency)).injectNull(0.3);
    }

    private static Action.Dependent<World> onACard(CardStep step) {
        return new Action.Dependent<>() {
            @Override
            public boolean precondition(World world) {
                return !world.live.isEmpty();
            }

            @Override
            public Arbitrary<Transformer<World>> transformer(World world) {
                return Combinators.combine(actor(), Arbitraries.of(List.copyOf(world.live.keySet())),
                        Arbitraries.integers().between(0, 1_000)).as(step::transformer);
            }
        };
    }

    @FunctionalInterface
    private interface CardStep {
        Transformer<World> transformer(String actor, CardId card, int random);
    }

    private World newWorld() {
        TestTenant tenant = newTenant();
        Map<String, CrmSession> actors = new LinkedHashMap<>();
        actors.put("admin", tenant.admin());
        for (String user : List.of("u1", "u2", "outsider")) {
            actors.put(user, tenant.as(tenant.addUser(user, AccessScope.ALL).id()));
        }
        Pipeline pipeline = aPipeline().withUsers(UserId.of("u1"), UserId.of("u2")).createdBy(tenant.admin());
        tenant.admin().pipelines().addLabel(new AddLabel(pipeline.id(), "Hot", "#FF0000"));
        pipeline = tenant.admin().pipelines().get(pipeline.id());
        tenant.admin().pipelines().addLabel(new AddLabel(pipeline.id(), "Cold", "#0000FF"));
        pipeline = tenant.admin().pipelines().get(pipeline.id());
        return new World(tenant, actors, pipeline, () -> clock.advance(Duration.ofMinutes(7)));
    }

    /** The system under test and the model of what it holds. */
    static final class World {

        private final TestTenant tenant;
        private final Map<String, CrmSession> actors;
        private final Pipeline pipeline;
        private final List<LabelId> labels;
        private final Runnable tick;
        private final Set<String> members = new HashSet<>(Set.of("u1", "u2"));
        /** The live cards, as the model knows them. */
        private final Map<CardId, Expected> live = new LinkedHashMap<>();
        /** Each stage's cards in board order. */
        private final Map<StageId, List<CardId>> order = new HashMap<>();
        private final Set<HistoryEntryId> seenHistory = new HashSet<>();
        private int counter;

        World(TestTenant tenant, Map<String, CrmSession> actors, Pipeline pipeline, Runnable tick) {
            this.tenant = tenant;
            this.actors = actors;
            this.pipeline = pipeline;
            this.labels = pipeline.labels().stream().map(Label::id).toList();
            this.tick = tick;
            pipeline.stages().forEach(s -> order.put(s.id(), new ArrayList<>()));
            seenHistory.addAll(allHistory().stream().map(HistoryEntry::id).toList());
        }

        private boolean mayAct(String actor) {
            return actor.equals("admin") || members.contains(actor);
        }

        void create(String actor, int stageIndex, Money value, boolean withAccount) {
            tick.run();
            StageId stage = pipeline.stages().get(stageIndex).id();
            AccountId account = withAccount
                    ? tenant.admin().accounts().create(anAccount().named("Prospect " + ++counter).build()).account().id() : null;
            Supplier<Card> call = () -> actors.get(actor).cards().create(new CreateCard(pipeline.id(), stage, "Card " + ++counter,
                    null, null, null, null, value, null, account));
            if (!mayAct(actor)) {
                refused(actor, call, NotFoundException.class, null);
                return;
            }
            Card card = call.get();
            expectHistory(card.id(), Map.of(), card.fields());
            live.put(card.id(), new Expected(Optional.ofNullable(value), false));
            order.get(stage).add(card.id());
        }

        void move(String actor, CardId cardId, int random, boolean sameStage) {
            tick.run();
            Card current = current(cardId);
            StageId target = sameStage ? current.stageId() : pipeline.stages().get(random % pipeline.stages().size()).id();
            List<CardId> others = new ArrayList<>(order.get(target));
            others.remove(cardId);
            CardId after = others.isEmpty() || random % 4 == 0 ? null : others.get(random % others.size());
            Supplier<Card> call = () -> actors.get(actor).cards().move(new MoveCard(cardId, target, after, current.version()));
            if (!mayAct(actor)) {
                refused(actor, call, NotFoundException.class, cardId);
                return;
            }
            Card moved = call.get();
            expectHistory(cardId, current.fields(), moved.fields());
            order.get(current.stageId()).remove(cardId);
            order.get(target).add(after == null ? 0 : order.get(target).indexOf(after) + 1, cardId);
        }

        void edit(String actor, CardId cardId, int random, boolean labelsOnly) {
            tick.run();
            Card current = current(cardId);
            Set<LabelId> newLabels = new HashSet<>();
            for (int i = 0; i < labels.size(); i++) {
                if ((random >> i & 1) == 1) {
                    newLabels.add(labels.get(i));
                }
            }
            String name = labelsOnly ? current.name() : "Edited " + random;
            Money value = labelsOnly ? current.value().orElse(null)
                    : random % 3 == 0 ? null : Money.of(String.valueOf(random), random % 2 == 0 ? "BRL" : "USD");
            Supplier<Card> call = () -> actors.get(actor).cards().update(new UpdateCard(cardId, name, current.description(),
                    labelsOnly ? newLabels : current.labels(), current.members(), current.salespersonId().orElse(null), value,
                    current.expectedCloseDate().orElse(null), current.accountId().orElse(null), current.version()));
            succeeds(actor, cardId, current, call);
            if (mayAct(actor)) {
                live.put(cardId, new Expected(Optional.ofNullable(value), live.get(cardId).customer()));
            }
        }

        void comment(String actor, CardId cardId, int random) {
            tick.run();
            Card current = current(cardId);
            succeeds(actor, cardId, current, () -> {
                actors.get(actor).cards().addComment(new AddComment(cardId, "Note " + random));
                return actors.get(actor).cards().get(cardId);
            });
        }

        void archive(String actor, CardId cardId) {
            tick.run();
            Card current = current(cardId);
            CardOutcome command = new CardOutcome(cardId, current.version());
            succeeds(actor, cardId, current, current.archived()
                    ? () -> actors.get(actor).cards().unarchive(command) : () -> actors.get(actor).cards().archive(command));
        }

        void lose(String actor, CardId cardId) {
            tick.run();
            Card current = current(cardId);
            Supplier<Card> call = () -> actors.get(actor).cards().markLost(new MarkCardLost(cardId, "price", current.version()));
            ruled(actor, cardId, current, call, open(current));
        }

        void reopen(String actor, CardId cardId) {
            tick.run();
            Card current = current(cardId);
            Supplier<Card> call = () -> actors.get(actor).cards().reopen(new CardOutcome(cardId, current.version()));
            ruled(actor, cardId, current, call, current.lostAt().isPresent());
        }

        void convert(String actor, CardId cardId, boolean toCustomer) {
            tick.run();
            Card current = current(cardId);
            Supplier<Card> call = toCustomer
                    ? () -> actors.get(actor).cards().convertToCustomer(new CardOutcome(cardId, current.version()))
                    : () -> actors.get(actor).cards().convertToService(new ConvertCardToService(cardId, "SRV-9", current.version()));
            boolean allowed = open(current) && (!toCustomer || current.accountId().isPresent());
            ruled(actor, cardId, current, call, allowed);
            if (allowed && toCustomer && mayAct(actor)) {
                live.put(cardId, new Expected(live.get(cardId).value(), true));
            }
        }

        void delete(String actor, CardId cardId, boolean withProspect) {
            tick.run();
            Card current = current(cardId);
            Supplier<Card> call = () -> {
                actors.get(actor).cards().delete(new DeleteCard(cardId, withProspect));
                return null;
            };
            if (!mayAct(actor)) {
                refused(actor, call, NotFoundException.class, cardId);
                return;
            }
            if (withProspect && live.get(cardId).customer()) {
                refused(actor, call, RuleViolationException.class, cardId);
                return;
            }
            call.get();
            expectHistory(cardId, Map.of("card", current.name()), Map.of());
            live.remove(cardId);
            order.get(current.stageId()).remove(cardId);
            if (withProspect && current.accountId().isPresent()) {
                assertThat(catchThrowable(() -> tenant.admin().accounts().get(current.accountId().get())))
                        .as("the prospect went with its card").isNotNull();
            }
        }

        void toggleMembership() {
            PipelineUser u2 = new PipelineUser(pipeline.id(), UserId.of("u2"));
            Pipeline changed = members.remove("u2") ? tenant.admin().pipelines().removeUser(u2)
                    : tenant.admin().pipelines().addUser(u2);
            if (changed.users().contains(UserId.of("u2"))) {
                members.add("u2");
            }
            assertThat(changed.users().contains(UserId.of("u2"))).isEqualTo(members.contains("u2"));
            // Pipeline changes are history too, but of the pipeline: mark them seen.
            seenHistory.addAll(allHistory().stream().map(HistoryEntry::id).toList());
        }

        /** A step every user may take and no rule refuses. */
        private void succeeds(String actor, CardId cardId, Card current, Supplier<Card> call) {
            ruled(actor, cardId, current, call, true);
        }

        /** A step a rule allows or refuses, as the model predicts. */
        private void ruled(String actor, CardId cardId, Card current, Supplier<Card> call, boolean allowed) {
            if (!mayAct(actor)) {
                refused(actor, call, NotFoundException.class, cardId);
            } else if (!allowed) {
                refused(actor, call, RuleViolationException.class, cardId);
            } else {
                Card after = call.get();
                expectHistory(cardId, current.fields(), after.fields());
            }
        }

        private void refused(String actor, Supplier<Card> call, Class<? extends Throwable> type, CardId cardId) {
            Map<String, String> before = cardId == null ? null : current(cardId).fields();
            assertThat(catchThrowable(call::get)).as("%s refused", actor).isInstanceOf(type);
            if (cardId != null) {
                assertThat(current(cardId).fields()).as("a refused step changes nothing").isEqualTo(before);
            }
            assertThat(newHistory()).as("a refused step writes no history").isEmpty();
        }

        /** The new history entries are exactly one per field whose value changed, old and new as they were. */
        private void expectHistory(CardId cardId, Map<String, String> before, Map<String, String> after) {
            Set<List<String>> expected = new HashSet<>();
            Set<String> fields = new HashSet<>(before.keySet());
            fields.addAll(after.keySet());
            for (String field : fields) {
                String old = before.get(field);
                String now = after.get(field);
                if (!Objects.equals(old, now)) {
                    expected.add(Arrays.asList(field, old, now));
                }
            }
            List<HistoryEntry> added = newHistory();
            assertThat(added).as("history of the step").allSatisfy(h -> assertThat(h.cardId()).isEqualTo(cardId));
            assertThat(added.stream().map(h -> Arrays.asList(h.field(), h.oldValue(), h.newValue())).toList())
                    .as("one history entry per changed field").containsExactlyInAnyOrderElementsOf(expected);
        }

        private List<HistoryEntry> newHistory() {
            List<HistoryEntry> added = allHistory().stream().filter(h -> !seenHistory.contains(h.id())).toList();
            added.forEach(h -> seenHistory.add(h.id()));
            return added;
        }

        private List<HistoryEntry> allHistory() {
            List<HistoryEntry> all = new ArrayList<>();
            Page<HistoryEntry> page = tenant.admin().pipelines().history(pipeline.id(), null, 100);
            all.addAll(page.items());
            while (page.hasNext()) {
                page = tenant.admin().pipelines().history(pipeline.id(), page.nextCursor(), 100);
                all.addAll(page.items());
            }
            return all;
        }

        private Card current(CardId cardId) {
            return tenant.admin().cards().get(cardId);
        }

        private static boolean open(Card card) {
            return !card.archived() && card.lostAt().isEmpty() && card.convertedToCustomerAt().isEmpty()
                    && card.convertedToServiceAt().isEmpty();
        }

        void checkBoard() {
            List<StageColumn> columns = tenant.admin().cards().board(pipeline.id(), EVERYTHING).columns();
            Set<CardId> seen = new HashSet<>();
            for (StageColumn column : columns) {
                List<CardId> expected = order.get(column.stage().id());
                assertThat(column.cards()).as("stage %s in the model's order", column.stage().name())
                        .extracting(CardSummary::id).containsExactlyElementsOf(expected);
                assertThat(column.total()).isEqualTo(expected.size());
                List<String> positions = column.cards().stream().map(CardSummary::position).toList();
                for (int i = 1; i < positions.size(); i++) {
                    assertThat(positions.get(i)).as("positions strictly ordered").isGreaterThan(positions.get(i - 1));
                }
                Map<String, BigDecimal> sums = new TreeMap<>();
                expected.forEach(id -> live.get(id).value().ifPresent(
                        v -> sums.merge(v.currency().getCurrencyCode(), v.amount(), BigDecimal::add)));
                assertThat(column.sums()).as("sums of stage %s", column.stage().name()).isEqualTo(sums.entrySet().stream()
                        .map(e -> Money.of(e.getValue().toPlainString(), e.getKey())).toList());
                column.cards().forEach(c -> assertThat(seen.add(c.id())).as("%s in one stage only", c.id()).isTrue());
            }
            assertThat(seen).containsExactlyInAnyOrderElementsOf(live.keySet());
        }

        void checkVisibility() {
            actors.forEach((name, session) -> {
                Throwable denied = catchThrowable(() -> session.cards().board(pipeline.id(), BoardFilter.DEFAULT));
                if (mayAct(name)) {
                    assertThat(denied).as("%s, a user, sees the board", name).isNull();
                    assertThat(session.pipelines().list()).extracting(Pipeline::id).contains(pipeline.id());
                } else {
                    assertThat(denied).as("%s, not a user, sees no board: it is not found", name).isInstanceOf(NotFoundException.class);
                    assertThat(session.pipelines().list()).extracting(Pipeline::id).doesNotContain(pipeline.id());
                }
            });
        }

        @Override
        public String toString() {
            return "World[" + live.size() + " cards, members " + members + "]";
        }
    }

    /** What the model knows of a live card: the value it was given, and whether its prospect became a customer. */
    private record Expected(Optional<Money> value, boolean customer) {}
}
