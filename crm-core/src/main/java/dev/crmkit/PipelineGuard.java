package dev.crmkit;

import dev.crmkit.common.AccessDeniedException;
import dev.crmkit.common.CardId;
import dev.crmkit.common.NotFoundException;
import dev.crmkit.common.PipelineId;
import dev.crmkit.pipeline.Card;
import dev.crmkit.pipeline.Pipeline;
import java.util.List;

/**
 * Who may see a pipeline: its users and the tenant's administrators. Every pipeline- and card-bound use case
 * loads through here.
 */
final class PipelineGuard {

    /** The code of a refusal to someone who is not a user of the pipeline. */
    static final String NOT_A_USER = "access.not-pipeline-user";

    private PipelineGuard() {}

    /** The pipeline, if it exists and the actor uses it (or administers the tenant). */
    static Pipeline visible(Context context, PipelineId id, String field) {
        Pipeline pipeline = context.uow.pipelines().findById(Context.required(id, field))
                .orElseThrow(() -> new NotFoundException("pipeline", field, id));
        if (!sees(context, pipeline)) {
            throw new AccessDeniedException(NOT_A_USER, field, pipeline.name());
        }
        return pipeline;
    }

    /** The card, if it exists and the actor uses its pipeline. */
    static Card visibleCard(Context context, CardId id, String field) {
        Card card = context.uow.cards().findById(Context.required(id, field))
                .orElseThrow(() -> new NotFoundException("card", field, id));
        visible(context, card.pipelineId(), field);
        return card;
    }

    static boolean sees(Context context, Pipeline pipeline) {
        return context.user.admin() || pipeline.hasUser(context.user.id());
    }

    /** The pipelines the actor sees. */
    static List<Pipeline> visiblePipelines(Context context) {
        return context.user.admin() ? context.uow.pipelines().findAll() : context.uow.pipelines().findByUser(context.user.id());
    }
}
