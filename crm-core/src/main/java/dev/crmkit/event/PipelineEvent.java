package dev.crmkit.event;

import dev.crmkit.common.CardId;
import dev.crmkit.common.FieldChange;
import dev.crmkit.common.PipelineId;
import java.util.List;

/** Events of a pipeline; each changed field lands in its history. */
public sealed interface PipelineEvent extends DomainEvent, PipelineHistoryEvent {

    @Override
    default AggregateRef aggregate() {
        return new AggregateRef("pipeline", pipelineId().toString());
    }

    @Override
    default CardId historyCardId() {
        return null;
    }

    /**
     * A pipeline was created.
     *
     * @param meta the metadata
     * @param pipelineId the pipeline
     * @param name its name
     * @param changes its fields, from nothing
     */
    record PipelineCreated(EventMeta meta, PipelineId pipelineId, String name, List<FieldChange> changes)
            implements PipelineEvent {

        /** Copies the changes. */
        public PipelineCreated {
            changes = List.copyOf(changes);
        }
    }

    /**
     * A pipeline changed: name, color, settings, users, stages, labels or base card.
     *
     * @param meta the metadata
     * @param pipelineId the pipeline
     * @param changes the changed fields
     */
    record PipelineChanged(EventMeta meta, PipelineId pipelineId, List<FieldChange> changes) implements PipelineEvent {

        /** Copies the changes. */
        public PipelineChanged {
            changes = List.copyOf(changes);
        }
    }

    /**
     * A pipeline was deleted.
     *
     * @param meta the metadata
     * @param pipelineId the pipeline
     * @param name the name it had
     */
    record PipelineDeleted(EventMeta meta, PipelineId pipelineId, String name) implements PipelineEvent {

        @Override
        public List<FieldChange> changes() {
            return List.of(new FieldChange("pipeline", name, null));
        }
    }
}
