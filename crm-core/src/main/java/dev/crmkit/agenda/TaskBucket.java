package dev.crmkit.agenda;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

/** Where a pending entry stands in a task list, seen from an instant in the tenant's time zone. */
public enum TaskBucket {

    /** Its time has passed (an any-time entry: its day has ended). */
    OVERDUE,

    /** Due later today. */
    TODAY,

    /** Due after today. */
    LATER,

    /** Not scheduled. */
    UNSCHEDULED;

    /**
     * Classifies a schedule.
     *
     * @param schedule the schedule, or {@code null}
     * @param now the current instant
     * @param zone the tenant's time zone
     * @return the bucket
     */
    public static TaskBucket of(Schedule schedule, Instant now, ZoneId zone) {
        Objects.requireNonNull(now, "now");
        Objects.requireNonNull(zone, "zone");
        if (schedule == null) {
            return UNSCHEDULED;
        }
        LocalDate today = now.atZone(zone).toLocalDate();
        if (schedule instanceof Schedule.AtTime at && at.instant(zone).isBefore(now)) {
            return OVERDUE;
        }
        // An any-time entry of an earlier day is overdue: its day ended at the start of the next one.
        int byDay = schedule.day().compareTo(today);
        return byDay < 0 ? OVERDUE : byDay == 0 ? TODAY : LATER;
    }
}
