package dev.crmkit.event;

import dev.crmkit.common.CardId;
import dev.crmkit.common.FieldChange;
import dev.crmkit.common.PipelineId;
import java.util.List;

/**
 * An event that belongs in a pipeline's history: the library writes one history entry per changed field in the
 * same unit of work as the change.
 */
public interface PipelineHistoryEvent {

    /** @return the pipeline */
    PipelineId pipelineId();

    /** @return the card, or {@code null} for a change of the pipeline itself */
    CardId historyCardId();

    /** @return the changed fields, one history entry each */
    List<FieldChange> changes();
}
