package dev.crmkit.pipeline;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * How a pipeline's board behaves.
 *
 * @param cardsPerStage the page size of each stage when a board query names none: 10, 20, 50, 100 or 500
 * @param lossReasonRequired whether marking a card lost needs a reason
 * @param defaultOrder the order of cards within a stage when a board query names none
 */
public record PipelineSettings(@Min(10) @Max(500) int cardsPerStage, boolean lossReasonRequired, @NotNull BoardOrder defaultOrder) {

    /** 20 cards a stage, a reason for every loss, cards in their manual order. */
    public static final PipelineSettings DEFAULT = new PipelineSettings(20, true, BoardOrder.POSITION);
}
