package dev.crmkit.event;

import dev.crmkit.common.AccountId;
import dev.crmkit.common.CardId;
import dev.crmkit.common.FieldChange;
import dev.crmkit.common.PipelineId;
import dev.crmkit.common.StageId;
import java.util.List;
import java.util.Set;

/**
 * Events of a card. Each changed field lands in its pipeline's history; a card with a prospect also shows on
 * that account's timeline.
 */
public sealed interface CardEvent extends DomainEvent, PipelineHistoryEvent, TimelineEvent {

    /** @return the card */
    CardId cardId();

    /** @return the card's prospect at the time, or {@code null} */
    AccountId accountId();

    /** @return the card's name at the time */
    String cardName();

    @Override
    default AggregateRef aggregate() {
        return new AggregateRef("card", cardId().toString());
    }

    @Override
    default CardId historyCardId() {
        return cardId();
    }

    @Override
    default Set<AccountId> timelineAccounts() {
        return accountId() == null ? Set.of() : Set.of(accountId());
    }

    /**
     * A card was created.
     *
     * @param meta the metadata
     * @param pipelineId its pipeline
     * @param cardId the card
     * @param accountId its prospect, or {@code null}
     * @param cardName its name
     * @param stageId its stage
     * @param changes its fields, from nothing
     */
    record CardCreated(EventMeta meta, PipelineId pipelineId, CardId cardId, AccountId accountId, String cardName,
            StageId stageId, List<FieldChange> changes) implements CardEvent {

        /** Copies the changes. */
        public CardCreated {
            changes = List.copyOf(changes);
        }
    }

    /**
     * A card's fields, comments or attachments changed.
     *
     * @param meta the metadata
     * @param pipelineId its pipeline
     * @param cardId the card
     * @param accountId its prospect, or {@code null}
     * @param cardName its name
     * @param changes the changed fields
     */
    record CardUpdated(EventMeta meta, PipelineId pipelineId, CardId cardId, AccountId accountId, String cardName,
            List<FieldChange> changes) implements CardEvent {

        /** Copies the changes. */
        public CardUpdated {
            changes = List.copyOf(changes);
        }
    }

    /**
     * A card moved to another stage, or within its stage.
     *
     * @param meta the metadata
     * @param pipelineId its pipeline
     * @param cardId the card
     * @param accountId its prospect, or {@code null}
     * @param cardName its name
     * @param fromStageId the stage it left
     * @param toStageId the stage it is in
     * @param changes the changed fields (stage, position)
     */
    record CardMoved(EventMeta meta, PipelineId pipelineId, CardId cardId, AccountId accountId, String cardName,
            StageId fromStageId, StageId toStageId, List<FieldChange> changes) implements CardEvent {

        /** Copies the changes. */
        public CardMoved {
            changes = List.copyOf(changes);
        }
    }

    /**
     * A card's outcome changed: archived, unarchived, lost, reopened, converted to a customer or to a service.
     *
     * @param meta the metadata
     * @param pipelineId its pipeline
     * @param cardId the card
     * @param accountId its prospect, or {@code null}
     * @param cardName its name
     * @param outcome what happened
     * @param changes the changed fields
     */
    record CardOutcomeChanged(EventMeta meta, PipelineId pipelineId, CardId cardId, AccountId accountId, String cardName,
            Outcome outcome, List<FieldChange> changes) implements CardEvent {

        /** Copies the changes. */
        public CardOutcomeChanged {
            changes = List.copyOf(changes);
        }
    }

    /**
     * A card was deleted.
     *
     * @param meta the metadata
     * @param pipelineId its pipeline
     * @param cardId the card
     * @param accountId its prospect at the time, or {@code null}
     * @param cardName the name it had
     * @param prospectDeleted whether its prospect was deleted with it
     */
    record CardDeleted(EventMeta meta, PipelineId pipelineId, CardId cardId, AccountId accountId, String cardName,
            boolean prospectDeleted) implements CardEvent {

        @Override
        public List<FieldChange> changes() {
            return List.of(new FieldChange("card", cardName, null));
        }
    }

    /** What happened to a card's outcome. */
    enum Outcome {

        /** Archived. */
        ARCHIVED,

        /** Taken out of the archive. */
        UNARCHIVED,

        /** Marked lost. */
        LOST,

        /** Reopened after a loss. */
        REOPENED,

        /** Converted to a customer. */
        CONVERTED_TO_CUSTOMER,

        /** Converted to a customer service. */
        CONVERTED_TO_SERVICE
    }
}
