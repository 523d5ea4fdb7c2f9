package dev.crmkit.common;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

/**
 * The one range of dates and instants CRM Kit accepts: from 1 January 1900 to 31 December 9999, both included
 * (instants from 1900-01-01T00:00:00Z to 9999-12-31T23:59:59.999999Z). Every date, date-time and instant a
 * caller hands in (schedules, recurrences, imports, filter and report ranges, validity dates, cursors, the instant
 * the agenda rules run at) must lie in it; one outside is refused as invalid input naming its field, with the
 * code {@code Range}.
 *
 * <p>Why these bounds: they are exactly the dates a spreadsheet can hold (the XLSX exports), they keep every year
 * at four digits (so ISO 8601 text, JSON and SQL literals read them without extensions and sort them as text),
 * every database the adapters support stores them with room to spare (PostgreSQL's timestamps reach the year
 * 294276), and date arithmetic on them (a recurrence, a time zone's offset) stays far from the limits of
 * {@code java.time}. They cover what a CRM holds: legacy agendas of the twentieth century and contracts "valid
 * until 9999-12-31", the usual way ERPs write "no end".
 */
public final class SupportedDates {

    /** The first day accepted. */
    public static final LocalDate FIRST_DAY = LocalDate.of(1900, 1, 1);

    /** The last day accepted. */
    public static final LocalDate LAST_DAY = LocalDate.of(9999, 12, 31);

    /** The first instant accepted: the first day's start, in UTC. */
    public static final Instant FIRST_INSTANT = FIRST_DAY.atStartOfDay().toInstant(ZoneOffset.UTC);

    /** The last instant accepted: the last microsecond of the last day, in UTC (stores keep microseconds). */
    public static final Instant LAST_INSTANT = LAST_DAY.atTime(LocalTime.MAX).toInstant(ZoneOffset.UTC).minusNanos(999);

    /** The violation code of a value outside the range. */
    public static final String CODE = "Range";

    private SupportedDates() {}

    /**
     * Whether a date, date-time or instant lies in the supported range.
     *
     * @param value a {@link LocalDate}, {@link LocalDateTime}, {@link YearMonth}, {@link Instant},
     *     {@link OffsetDateTime} or {@link ZonedDateTime}
     * @return {@code true} when it is in range, or {@code null}, or not a date at all
     */
    public static boolean contains(Object value) {
        if (value instanceof LocalDate day) {
            return !day.isBefore(FIRST_DAY) && !day.isAfter(LAST_DAY);
        }
        if (value instanceof LocalDateTime at) {
            return contains(at.toLocalDate());
        }
        if (value instanceof YearMonth month) {
            return !month.isBefore(YearMonth.from(FIRST_DAY)) && !month.isAfter(YearMonth.from(LAST_DAY));
        }
        if (value instanceof Instant instant) {
            return !instant.isBefore(FIRST_INSTANT) && !instant.isAfter(LAST_INSTANT);
        }
        if (value instanceof OffsetDateTime at) {
            return contains(at.toInstant());
        }
        if (value instanceof ZonedDateTime at) {
            return contains(at.toInstant());
        }
        return true;
    }

    /**
     * Whether a value is one of the kinds of date this range applies to.
     *
     * @param value any value
     * @return {@code true} for a date, date-time, month or instant
     */
    public static boolean isDate(Object value) {
        return value instanceof LocalDate || value instanceof LocalDateTime || value instanceof YearMonth || value instanceof Instant
                || value instanceof OffsetDateTime || value instanceof ZonedDateTime;
    }

    /**
     * Refuses a date, date-time or instant outside the range.
     *
     * @param value the value ({@code null} passes: whether it is required is another check's business)
     * @param field the field that holds it
     * @param <T> the value's type
     * @return the value
     * @throws InvalidCommandException naming the field, when the value is out of range
     */
    public static <T> T check(T value, String field) {
        if (!contains(value)) {
            throw outOfRange(field, value);
        }
        return value;
    }

    /**
     * Adds the violation of a value outside the range.
     *
     * @param problems where the violation goes
     * @param field the field
     * @param value the value
     */
    public static void addTo(InvalidCommandException.Builder problems, String field, Object value) {
        Object[] bounds = bounds(value);
        problems.add(field, CODE, bounds[0], bounds[1]);
    }

    private static InvalidCommandException outOfRange(String field, Object value) {
        Object[] bounds = bounds(value);
        return InvalidCommandException.single(field, CODE, bounds[0], bounds[1]);
    }

    /** The bounds as the message shows them: days for a date, instants otherwise. */
    private static Object[] bounds(Object value) {
        return value instanceof YearMonth
                ? new Object[] {YearMonth.from(FIRST_DAY), YearMonth.from(LAST_DAY)}
                : value instanceof LocalDate || value instanceof LocalDateTime
                ? new Object[] {FIRST_DAY, LAST_DAY}
                : new Object[] {FIRST_INSTANT, LAST_INSTANT};
    }
}
