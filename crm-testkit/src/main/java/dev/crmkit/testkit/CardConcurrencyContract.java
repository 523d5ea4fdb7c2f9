package dev.crmkit.testkit;

import static dev.crmkit.testkit.PipelineTestData.aCard;
import static dev.crmkit.testkit.PipelineTestData.aPipeline;
import static org.assertj.core.api.Assertions.assertThat;

import dev.crmkit.CrmSession;
import dev.crmkit.access.AccessScope;
import dev.crmkit.common.CardId;
import dev.crmkit.common.ConflictException;
import dev.crmkit.common.LabelId;
import dev.crmkit.common.UserId;
import dev.crmkit.pipeline.AddComment;
import dev.crmkit.pipeline.AddLabel;
import dev.crmkit.pipeline.BoardFilter;
import dev.crmkit.pipeline.Card;
import dev.crmkit.pipeline.CardSummary;
import dev.crmkit.pipeline.HistoryEntry;
import dev.crmkit.pipeline.Label;
import dev.crmkit.pipeline.MoveCard;
import dev.crmkit.pipeline.Pipeline;
import dev.crmkit.pipeline.StageColumn;
import dev.crmkit.pipeline.UpdateCard;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.Example;

/**
 * Cards under concurrent writers ("two actors changing the same card at once"): of writers holding the
 * same version exactly one wins and every other gets the conflict error; writers that retry on conflict all land,
 * nothing silently overwritten; concurrent comments and moves are all kept, each card once in its stage.
 */
public abstract class CardConcurrencyContract extends CrmKitSupport {

    private static final int THREADS = 8;

    @Example
    void givenEightWritersWithTheSameVersion_whenTheyChangeTheCardAtOnce_thenOneWinsAndSevenConflict() throws Exception {
        TestTenant tenant = newTenant();
        List<CrmSession> actors = actors(tenant);
        Pipeline pipeline = aPipeline().withUsers(ids(actors)).createdBy(tenant.admin());
        Card card = tenant.admin().cards().create(aCard(pipeline, "Deal"));
        CyclicBarrier start = new CyclicBarrier(THREADS);
        AtomicInteger conflicts = new AtomicInteger();

        List<Card> winners = run(THREADS, i -> {
            start.await(30, TimeUnit.SECONDS);
            try {
                // Half rename, half move: a rename and a move of one version are as exclusive as two renames.
                return i % 2 == 0
                        ? actors.get(i).cards().update(new UpdateCard(card.id(), "Deal by " + i, null, Set.of(), Set.of(), null,
                                null, null, null, card.version()))
                        : actors.get(i).cards().move(new MoveCard(card.id(), pipeline.stages().get(1 + i % 2).id(), null,
                                card.version()));
            } catch (ConflictException e) {
                assertThat(e.code()).isEqualTo(ConflictException.STALE_VERSION);
                conflicts.incrementAndGet();
                return null;
            }
        }).stream().filter(w -> w != null).toList();

        assertThat(winners).hasSize(1);
        assertThat(conflicts).hasValue(THREADS - 1);
        Card stored = tenant.admin().cards().get(card.id());
        assertThat(stored).isEqualTo(winners.get(0));
        assertThat(stored.version()).isEqualTo(card.version().next());
        List<HistoryEntry> history = tenant.admin().pipelines().cardHistory(card.id(), null, 100).items();
        assertThat(history.stream().map(HistoryEntry::eventId).distinct().count())
                .as("the creation and the winner's change, nothing of the losers").isEqualTo(2);
    }

    @Example
    void givenEightWritersThatRetryOnConflict_whenEachAddsItsLabel_thenEveryLabelIsKept() throws Exception {
        TestTenant tenant = newTenant();
        List<CrmSession> actors = actors(tenant);
        Pipeline pipeline = aPipeline().withUsers(ids(actors)).createdBy(tenant.admin());
        for (int i = 0; i < THREADS; i++) {
            tenant.admin().pipelines().addLabel(new AddLabel(pipeline.id(), "L" + i, "#00AA00"));
            pipeline = tenant.admin().pipelines().get(pipeline.id());
        }
        List<LabelId> labels = pipeline.labels().stream().map(Label::id).toList();
        CardId cardId = tenant.admin().cards().create(aCard(pipeline, "Deal")).id();
        AtomicInteger conflicts = new AtomicInteger();

        run(THREADS, i -> {
            CrmSession actor = actors.get(i);
            while (true) {
                Card current = actor.cards().get(cardId);
                Set<LabelId> more = new HashSet<>(current.labels());
                more.add(labels.get(i));
                try {
                    return actor.cards().update(new UpdateCard(cardId, current.name(), null, more, current.members(), null, null,
                            null, null, current.version()));
                } catch (ConflictException e) {
                    conflicts.incrementAndGet();
                }
            }
        });

        Card stored = tenant.admin().cards().get(cardId);
        assertThat(stored.labels()).containsExactlyInAnyOrderElementsOf(labels);
        assertThat(stored.version().value()).as("one version per landed write").isEqualTo(1 + THREADS);
        assertThat(tenant.admin().pipelines().cardHistory(cardId, null, 100).items())
                .filteredOn(h -> h.field().equals("labels")).hasSize(THREADS);
    }

    @Example
    void givenEightActorsCommentingAndMovingAtOnce_whenTheyFinish_thenEveryCommentIsKeptAndEachCardIsOnceInItsStage()
            throws Exception {
        TestTenant tenant = newTenant();
        List<CrmSession> actors = actors(tenant);
        Pipeline pipeline = aPipeline().withUsers(ids(actors)).createdBy(tenant.admin());
        CardId commented = tenant.admin().cards().create(aCard(pipeline, "Commented")).id();
        List<CardId> moving = new ArrayList<>();
        for (int i = 0; i < THREADS * 3; i++) {
            moving.add(tenant.admin().cards().create(aCard(pipeline, "Moving " + i)).id());
        }
        CyclicBarrier start = new CyclicBarrier(THREADS);

        run(THREADS, i -> {
            CrmSession actor = actors.get(i);
            start.await(30, TimeUnit.SECONDS);
            for (int n = 0; n < 5; n++) {
                actor.cards().addComment(new AddComment(commented, "comment " + n + " by " + i));
            }
            // Each actor moves its own three cards to the top of the second stage: all land there, in some order.
            for (int n = 0; n < 3; n++) {
                CardId id = moving.get(i * 3 + n);
                Card current = actor.cards().get(id);
                actor.cards().move(new MoveCard(id, pipeline.stages().get(1).id(), null, current.version()));
            }
            return null;
        });

        assertThat(tenant.admin().cards().get(commented).comments()).hasSize(THREADS * 5);
        StageColumn second = tenant.admin().cards().board(pipeline.id(), BoardFilter.builder().cardsPerStage(50).build())
                .columns().get(1);
        assertThat(second.total()).isEqualTo(THREADS * 3);
        assertThat(second.cards()).extracting(CardSummary::id).containsExactlyInAnyOrderElementsOf(moving);
        List<String> positions = second.cards().stream().map(CardSummary::position).toList();
        assertThat(positions).doesNotHaveDuplicates().isSorted();
    }

    private List<CrmSession> actors(TestTenant tenant) {
        List<CrmSession> actors = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            actors.add(tenant.as(tenant.addUser("writer" + i, AccessScope.ALL).id()));
        }
        return actors;
    }

    private static UserId[] ids(List<CrmSession> actors) {
        UserId[] ids = new UserId[actors.size()];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = UserId.of("writer" + i);
        }
        return ids;
    }

    /** Runs one task per thread and returns their results, failing on the first task that threw. */
    private static <T> List<T> run(int threads, IndexedTask<T> task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                int index = i;
                futures.add(pool.submit((Callable<T>) () -> task.run(index)));
            }
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get(120, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    @FunctionalInterface
    private interface IndexedTask<T> {
        T run(int index) throws Exception;
    }
}
