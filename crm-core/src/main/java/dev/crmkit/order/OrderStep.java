package dev.crmkit.order;

import dev.crmkit.common.UserId;
import java.time.Instant;
import java.util.Objects;

/**
 * One step of an order's progress: its placement, then each status the host reported.
 *
 * @param status the status reached
 * @param at when
 * @param by who placed it or reported the step
 * @param byName that user's name at the time
 */
public record OrderStep(OrderStatus status, Instant at, UserId by, String byName) {

    /** Checks every part is present. */
    public OrderStep {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(byName, "byName");
    }
}
