package dev.crmkit.agenda;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Objects;

/**
 * When an agenda entry is due: at a date and time in the tenant's time zone, or any time on a date (an
 * entry "without a meaningful time").
 */
public sealed interface Schedule {

    /** The time users of older systems typed for "some time that day". */
    LocalTime LEGACY_ANY_TIME = LocalTime.NOON;

    /** @return the day the entry is due on */
    LocalDate day();

    /**
     * The same schedule moved to another day, keeping its time of day.
     *
     * @param newDay the day
     * @return the moved schedule
     */
    Schedule onDay(LocalDate newDay);

    /**
     * A schedule as legacy data states it: exactly 12:00 means "any time that day" when the convention applies.
     *
     * @param at the date and time as typed
     * @param legacyNoon whether 12:00 means any time that day
     * @return {@link AnyTimeOn} for 12:00 under the convention, {@link AtTime} otherwise
     */
    static Schedule fromLegacy(LocalDateTime at, boolean legacyNoon) {
        Objects.requireNonNull(at, "at");
        return legacyNoon && at.toLocalTime().equals(LEGACY_ANY_TIME) ? new AnyTimeOn(at.toLocalDate()) : new AtTime(at);
    }

    /**
     * Due at a date and time of the tenant's time zone.
     *
     * @param at the local date and time
     */
    record AtTime(LocalDateTime at) implements Schedule {

        /** Checks the value is present; seconds and below are dropped (an agenda counts minutes). */
        public AtTime {
            Objects.requireNonNull(at, "at");
            at = at.withSecond(0).withNano(0);
        }

        @Override
        public LocalDate day() {
            return at.toLocalDate();
        }

        @Override
        public Schedule onDay(LocalDate newDay) {
            return new AtTime(newDay.atTime(at.toLocalTime()));
        }

        /**
         * The instant this is in a zone (a time skipped by a DST change moves forward by the gap; a repeated one
         * is its earlier instant).
         *
         * @param zone the tenant's zone
         * @return the instant
         */
        public Instant instant(ZoneId zone) {
            return at.atZone(zone).toInstant();
        }
    }

    /**
     * Due any time on a date: overdue only once that day has ended in the tenant's zone.
     *
     * @param on the date
     */
    record AnyTimeOn(LocalDate on) implements Schedule {

        /** Checks the value is present. */
        public AnyTimeOn {
            Objects.requireNonNull(on, "on");
        }

        @Override
        public LocalDate day() {
            return on;
        }

        @Override
        public Schedule onDay(LocalDate newDay) {
            return new AnyTimeOn(newDay);
        }
    }
}
