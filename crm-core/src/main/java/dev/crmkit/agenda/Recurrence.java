package dev.crmkit.agenda;

import dev.crmkit.common.SupportedDates;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * How an entry repeats: every {@code every} {@code unit}s from its first occurrence, until a day or for a
 * number of occurrences (at least one of the two). Concluding an occurrence schedules the next.
 *
 * @param unit days, weeks or months
 * @param every the period, in units
 * @param until the last day an occurrence may fall on, or {@code null}
 * @param count how many occurrences in all, or {@code null}
 */
public record Recurrence(
        @NotNull RecurrenceUnit unit,
        @Min(1) @Max(366) int every,
        LocalDate until,
        @Min(1) @Max(1000) Integer count) {

    /**
     * The day of an occurrence, counted from the first; computed from the first day each time so that months
     * do not drift (31 January, 28 February, 31 March).
     *
     * @param first the first occurrence's day
     * @param index the occurrence, 0 for the first
     * @return its day
     */
    public LocalDate dayOf(LocalDate first, int index) {
        Objects.requireNonNull(first, "first");
        long steps = (long) every * index;
        return switch (unit) {
            case DAYS -> first.plusDays(steps);
            case WEEKS -> first.plusWeeks(steps);
            case MONTHS -> first.plusMonths(steps);
        };
    }

    /**
     * The day of the occurrence after one, if the recurrence has one. A series also ends on the last day of
     * {@link SupportedDates}: no occurrence falls after it.
     *
     * @param first the first occurrence's day
     * @param index the current occurrence, 0 for the first
     * @return the next occurrence's day, empty when the series ends
     */
    public Optional<LocalDate> next(LocalDate first, int index) {
        int nextIndex = index + 1;
        if (count != null && nextIndex >= count) {
            return Optional.empty();
        }
        LocalDate day = dayOf(first, nextIndex);
        return until != null && day.isAfter(until) || day.isAfter(SupportedDates.LAST_DAY) ? Optional.empty() : Optional.of(day);
    }
}
