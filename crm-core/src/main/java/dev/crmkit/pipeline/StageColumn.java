package dev.crmkit.pipeline;

import dev.crmkit.common.Money;
import java.util.List;

/**
 * One stage of a board: its first page of cards and what the whole stage holds under the board's filters.
 *
 * @param stage the stage
 * @param cards the first page of its cards
 * @param total how many cards it holds under the filters
 * @param sums the sum of their values, one per currency, by currency code
 * @param stagnant how many of them are stagnant
 * @param nextCursor the cursor of the next page of this stage, or {@code null}
 */
public record StageColumn(Stage stage, List<CardSummary> cards, long total, List<Money> sums, long stagnant, String nextCursor) {

    /** Copies the lists. */
    public StageColumn {
        cards = List.copyOf(cards);
        sums = List.copyOf(sums);
    }
}
