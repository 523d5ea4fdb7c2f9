package dev.crmkit.order;

import java.util.Objects;

/**
 * One step of an order's history as a person reads it.
 *
 * @param step the step: status, time and who
 * @param status the status in the reader's language
 * @param summary what happened, in the reader's language, with who did it (and the invoice reference of the
 *     invoicing)
 */
public record OrderHistoryLine(OrderStep step, String status, String summary) {

    /** Checks every part is present. */
    public OrderHistoryLine {
        Objects.requireNonNull(step, "step");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(summary, "summary");
    }
}
