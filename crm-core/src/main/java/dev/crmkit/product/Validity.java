package dev.crmkit.product;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/**
 * The days something holds: from a first day to a last one, both included, or with no end.
 *
 * @param from the first day
 * @param until the last day, or {@code null} for no end
 */
public record Validity(@NotNull LocalDate from, LocalDate until) {

    /**
     * Valid from a day on, with no end.
     *
     * @param from the first day
     * @return the validity
     */
    public static Validity from(LocalDate from) {
        return new Validity(from, null);
    }

    /**
     * Whether a day is in the span.
     *
     * @param day the day
     * @return {@code true} from the first day to the last, both included
     */
    public boolean holdsOn(LocalDate day) {
        return !day.isBefore(from) && (until == null || !day.isAfter(until));
    }

    /**
     * Whether two spans share a day.
     *
     * @param other the other span
     * @return {@code true} when some day is in both
     */
    public boolean overlaps(Validity other) {
        return (until == null || !other.from.isAfter(until)) && (other.until == null || !from.isAfter(other.until));
    }

    /**
     * Whether the span ends before it starts.
     *
     * @return {@code true} for a last day before the first
     */
    public boolean reversed() {
        return until != null && until.isBefore(from);
    }
}
