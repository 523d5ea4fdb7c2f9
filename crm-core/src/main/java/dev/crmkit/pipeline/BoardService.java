package dev.crmkit.pipeline;

import dev.crmkit.common.InvalidCommandException;
import dev.crmkit.common.NotFoundException;
import dev.crmkit.common.Page;
import dev.crmkit.common.PipelineId;
import dev.crmkit.common.StageId;
import dev.crmkit.internal.AccountGuard;
import dev.crmkit.internal.Caller;
import dev.crmkit.internal.Context;
import dev.crmkit.internal.PipelineGuard;
import dev.crmkit.internal.UseCases;
import dev.crmkit.spi.BoardCriteria;
import dev.crmkit.spi.CardRepository;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The board of a pipeline and the pages of its stages, for {@link CardService}: the filter resolved against the
 * pipeline's settings, stagnation judged at the use case's instant, prospects the actor may not see left unnamed.
 */
final class BoardService {

    private final UseCases useCases;
    private final Caller actor;

    BoardService(UseCases useCases, Caller actor) {
        this.useCases = useCases;
        this.actor = actor;
    }

    Board board(PipelineId pipelineId, BoardFilter filter) {
        return useCases.read(actor, filter, context -> {
            Pipeline pipeline = PipelineGuard.visible(context, pipelineId, "pipelineId");
            checkFilter(filter, "filter", "BoardFilter");
            BoardFilter resolved = resolve(pipeline, filter);
            BoardCriteria criteria = criteria(context, pipeline, resolved);
            int limit = resolved.cardsPerStage();
            CardRepository.BoardSlice slice = context.uow.cards().board(criteria, limit + 1);
            Function<CardSummary, CardSummary> shown = AccountGuard.hidingUnseenProspects(context,
                    slice.pages().values().stream().flatMap(List::stream).toList());
            List<StageColumn> columns = new ArrayList<>();
            for (Stage stage : pipeline.stages()) {
                List<CardSummary> found = slice.pages().getOrDefault(stage.id(), List.<CardSummary>of()).stream().map(shown).toList();
                boolean more = found.size() > limit;
                List<CardSummary> page = more ? found.subList(0, limit) : found;
                CardRepository.StageTotals totals = slice.totals().getOrDefault(stage.id(),
                        new CardRepository.StageTotals(0, List.of(), 0));
                String next = more ? useCases.cursors().card(
                        context.uow.tenantId(), criteria, criteria.positionOf(page.get(page.size() - 1))) : null;
                columns.add(new StageColumn(stage, page, totals.count(), totals.sums(), totals.stagnant(), next));
            }
            return new Board(pipeline, resolved, columns, context.now);
        });
    }

    Page<CardSummary> stage(PipelineId pipelineId, StageId stageId, BoardFilter filter, String cursor) {
        return useCases.read(actor, filter, context -> {
            Pipeline pipeline = PipelineGuard.visible(context, pipelineId, "pipelineId");
            Stage stage = pipeline.stage(Context.required(stageId, "stageId"))
                    .orElseThrow(() -> new NotFoundException("stage", "stageId", stageId));
            checkFilter(filter, "filter", "BoardFilter");
            BoardFilter resolved = resolve(pipeline, filter);
            BoardCriteria criteria = criteria(context, pipeline, resolved);
            BoardCriteria.CardPosition after =
                    useCases.cursors().card(context.uow.tenantId(), Context.required(cursor, "cursor"), criteria);
            int limit = resolved.cardsPerStage();
            List<CardSummary> read = context.uow.cards().findInStage(criteria, stage.id(), after, limit + 1);
            List<CardSummary> found = read.stream().map(AccountGuard.hidingUnseenProspects(context, read)).toList();
            boolean more = found.size() > limit;
            List<CardSummary> page = more ? found.subList(0, limit) : found;
            String next = more ? useCases.cursors().card(
                    context.uow.tenantId(), criteria, criteria.positionOf(page.get(page.size() - 1))) : null;
            return new Page<>(page, next, null);
        });
    }

    /** A board filter's own rules: one of the page sizes, and a date range in order. */
    static void checkFilter(BoardFilter filter, String path, String command) {
        InvalidCommandException.Builder problems = InvalidCommandException.builder(command);
        String prefix = path.isEmpty() ? "" : path + ".";
        if (filter.cardsPerStage() != null && !BoardFilter.PAGE_SIZES.contains(filter.cardsPerStage())) {
            problems.add(prefix + "cardsPerStage", "OneOf", "10, 20, 50, 100, 500");
        }
        if (filter.from() != null && filter.to() != null && filter.to().isBefore(filter.from())) {
            problems.add(prefix + "to", "AfterFrom");
        }
        problems.throwIfAny();
    }

    private static BoardFilter resolve(Pipeline pipeline, BoardFilter filter) {
        BoardFilter.Builder resolved = filter.toBuilder();
        resolved.order(filter.order() == null ? pipeline.settings().defaultOrder() : filter.order());
        resolved.cardsPerStage(filter.cardsPerStage() == null ? pipeline.settings().cardsPerStage() : filter.cardsPerStage());
        return resolved.build();
    }

    private static BoardCriteria criteria(Context context, Pipeline pipeline, BoardFilter filter) {
        Map<StageId, Instant> stagnantBefore = new HashMap<>();
        for (Stage stage : pipeline.stages()) {
            Instant threshold = stage.stagnantBefore(context.now);
            if (threshold != null) {
                stagnantBefore.put(stage.id(), threshold);
            }
        }
        ZoneId zone = context.tenant.timeZone();
        Instant from = filter.from() == null ? null : filter.from().atStartOfDay(zone).toInstant();
        Instant to = filter.to() == null ? null : filter.to().plusDays(1).atStartOfDay(zone).toInstant();
        List<StageId> stages = pipeline.stages().stream().map(Stage::id).toList();
        return new BoardCriteria(pipeline.id(), stages, stagnantBefore, filter.dateField(), from, to, filter.order(), filter.labels(),
                filter.members(), filter.salespeople(), filter.stagnant(), filter.hasTasks(), filter.archived(), filter.lost(),
                filter.convertedToCustomer(), filter.convertedToService());
    }
}
