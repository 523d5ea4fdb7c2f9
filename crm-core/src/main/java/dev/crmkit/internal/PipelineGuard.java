package dev.crmkit.internal;

import dev.crmkit.common.CardId;
import dev.crmkit.common.NotFoundException;
import dev.crmkit.common.PipelineId;
import dev.crmkit.pipeline.Card;
import dev.crmkit.pipeline.Pipeline;
import dev.crmkit.spi.PipelineRepository;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * Who may see a pipeline: its users and the tenant's administrators. Every pipeline- and card-bound use case
 * loads through here. A pipeline the actor may not see, and its cards, are answered exactly like unknown ids: not
 * found, naming the record and the field the caller gave.
 */
public final class PipelineGuard {

    private PipelineGuard() {}

    /** The pipeline, if it exists and the actor uses it (or administers the tenant); not found otherwise. */
    public static Pipeline visible(Context context, PipelineId id, String field) {
        Pipeline pipeline = context.uow.pipelines().findById(Context.required(id, field)).filter(p -> sees(context, p))
                .orElseThrow(() -> new NotFoundException("pipeline", field, id));
        context.names.pipeline(pipeline);
        return pipeline;
    }

    /**
     * As {@link #visible}, for a writer that places a card in the pipeline next: the store locks the pipeline in the
     * same read ({@link dev.crmkit.spi.PipelineRepository#findByIdForPlacement}).
     */
    public static Pipeline visibleForPlacement(Context context, PipelineId id, String field) {
        Pipeline pipeline = context.uow.pipelines().findByIdForPlacement(Context.required(id, field))
                .filter(p -> sees(context, p)).orElseThrow(() -> new NotFoundException("pipeline", field, id));
        context.names.pipeline(pipeline);
        return pipeline;
    }

    /**
     * The card and its pipeline, for a writer that places the card next (a move): not found unless the card exists and
     * the actor uses its pipeline, which the store locks in the same read.
     */
    public static CardInPipeline visibleCardForPlacement(Context context, CardId id, String field) {
        return visibleCardWith(context, id, field, PipelineRepository::findByIdForPlacement);
    }

    /**
     * A card with its pipeline.
     *
     * @param card the card
     * @param pipeline its pipeline
     */
    public record CardInPipeline(Card card, Pipeline pipeline) {}

    /**
     * The card and its pipeline, for a use case that checks the card against its pipeline (its stages, labels and
     * users) and does not change the pipeline: not found unless the card exists and the actor uses its pipeline.
     */
    public static CardInPipeline visibleCardInPipeline(Context context, CardId id, String field) {
        return visibleCardWith(context, id, field, PipelineRepository::findByIdToRead);
    }

    /** The card, then its pipeline as the reader reads it: not found unless both exist and the actor sees the pipeline. */
    private static CardInPipeline visibleCardWith(Context context, CardId id, String field,
            BiFunction<PipelineRepository, PipelineId, Optional<Pipeline>> reader) {
        Card card = context.uow.cards().findById(Context.required(id, field))
                .orElseThrow(() -> new NotFoundException("card", field, id));
        Pipeline pipeline = reader.apply(context.uow.pipelines(), card.pipelineId()).filter(p -> sees(context, p))
                .orElseThrow(() -> new NotFoundException("card", field, id));
        context.names.pipeline(pipeline);
        return new CardInPipeline(card, pipeline);
    }

    /**
     * The card, if it exists and the actor uses its pipeline; not found otherwise. Only the access is checked: a use
     * case that needs the pipeline itself takes {@link #visibleCardInPipeline}, which reads both at the price of one.
     */
    public static Card visibleCard(Context context, CardId id, String field) {
        return context.uow.cards().findById(Context.required(id, field)).filter(card -> sees(context, card.pipelineId()))
                .orElseThrow(() -> new NotFoundException("card", field, id));
    }

    /**
     * Whether a pipeline exists and the actor uses it (or administers the tenant), asked of the store without reading
     * the pipeline where it can ({@link dev.crmkit.spi.PipelineRepository#usedBy}).
     */
    public static boolean sees(Context context, PipelineId id) {
        return context.user.admin() ? context.uow.pipelines().findByIdToRead(id).isPresent()
                : context.uow.pipelines().usedBy(id, context.user.id());
    }

    /** Whether the actor uses the pipeline (an administrator uses them all). */
    public static boolean sees(Context context, Pipeline pipeline) {
        return context.user.admin() || pipeline.hasUser(context.user.id());
    }

    /** The pipelines the actor sees. */
    public static List<Pipeline> visiblePipelines(Context context) {
        return context.user.admin() ? context.uow.pipelines().findAll() : context.uow.pipelines().findByUser(context.user.id());
    }
}
