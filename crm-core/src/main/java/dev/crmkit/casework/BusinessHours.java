package dev.crmkit.casework;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * A tenant's business hours, read on the tenant's clock: the working days of the week, when a working day opens and
 * closes, and the holidays on which nobody works. With the tenant's zone they make its {@link BusinessCalendar}.
 *
 * @param workingDays the working days of the week, at least one
 * @param opens when a working day's business hours begin
 * @param closes when they end, after {@code opens}
 * @param holidays the days, otherwise working days, on which nobody works
 */
public record BusinessHours(
        @NotEmpty Set<@NotNull DayOfWeek> workingDays,
        @NotNull LocalTime opens,
        @NotNull LocalTime closes,
        @Size(max = 1000) Set<@NotNull LocalDate> holidays) {

    /** Monday to Friday, 08:00 to 18:00, no holidays: the hours of a tenant that never set its own. */
    public static final BusinessHours DEFAULTS = new BusinessHours(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
            LocalTime.of(8, 0), LocalTime.of(18, 0), Set.of());

    /** Copies the sets (in order, so the hours print the same every time); a missing one is empty. */
    public BusinessHours {
        // A set holding null is kept as it is, for validation to name.
        workingDays = workingDays == null || workingDays.stream().anyMatch(Objects::isNull) ? workingDays
                : Collections.unmodifiableSet(workingDays.isEmpty() ? EnumSet.noneOf(DayOfWeek.class)
                        : EnumSet.copyOf(workingDays));
        holidays = holidays == null ? Set.of() : holidays.stream().anyMatch(Objects::isNull) ? holidays
                : Collections.unmodifiableSet(new TreeSet<>(holidays));
    }

    /**
     * The same hours on other working days.
     *
     * @param days the working days
     * @return the changed hours
     */
    public BusinessHours withWorkingDays(Set<DayOfWeek> days) {
        return new BusinessHours(days, opens, closes, holidays);
    }

    /**
     * The same days with other opening hours.
     *
     * @param from when a working day opens
     * @param until when it closes
     * @return the changed hours
     */
    public BusinessHours withHours(LocalTime from, LocalTime until) {
        return new BusinessHours(workingDays, from, until, holidays);
    }

    /**
     * The same hours with other holidays.
     *
     * @param days the holidays
     * @return the changed hours
     */
    public BusinessHours withHolidays(Set<LocalDate> days) {
        return new BusinessHours(workingDays, opens, closes, days);
    }

    /**
     * The calendar these hours make in a zone.
     *
     * @param zone the tenant's zone
     * @return the calendar
     */
    public BusinessCalendar calendar(ZoneId zone) {
        return new BusinessCalendar(zone, workingDays, opens, closes, holidays);
    }
}
