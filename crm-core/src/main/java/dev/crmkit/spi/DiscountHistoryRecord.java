package dev.crmkit.spi;

import dev.crmkit.event.DiscountEvent;
import java.util.Objects;

/**
 * One event in a discount policy's history, as a {@link DiscountRepository} stores it, with the acting user's name of
 * the time.
 *
 * @param event the event (a policy's creation, change or deletion)
 * @param actorName the acting user's name at the time, or {@code null}
 */
public record DiscountHistoryRecord(DiscountEvent.PolicyEvent event, String actorName) {

    /** Checks the event is present. */
    public DiscountHistoryRecord {
        Objects.requireNonNull(event, "event");
    }
}
