package dev.crmkit.casework;

import dev.crmkit.common.InvalidCommandException;
import dev.crmkit.common.RuleViolationException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * A tenant's business hours: the working days of the week, the opening and closing time of each, and holidays, all in
 * the tenant's zone. An instant is business time when, read on the zone's clock at that instant, its day is a working
 * day and no holiday and its time of day is at or after the opening time and before the closing time. Daylight-saving
 * changes follow from that reading: a skipped hour inside the opening hours is not worked, a repeated hour is worked
 * twice.
 *
 * <p>The clock of a service-level target counts business time only, and stands still during the pauses given (a case
 * waiting for its customer).
 *
 * @param zone the tenant's zone
 * @param workingDays the working days of the week, at least one
 * @param opens when a working day's business hours begin
 * @param closes when they end, after {@code opens}
 * @param holidays the days, otherwise working days, on which nobody works
 */
public record BusinessCalendar(ZoneId zone, Set<DayOfWeek> workingDays, LocalTime opens, LocalTime closes,
        Set<LocalDate> holidays) {

    /** How far the clock looks for business time before it gives up (a calendar whose holidays cover every day). */
    private static final int MOST_DAYS = 366 * 20;

    /** Checks the parts and copies the sets. */
    public BusinessCalendar {
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(opens, "opens");
        Objects.requireNonNull(closes, "closes");
        if (workingDays == null || workingDays.isEmpty()) {
            throw InvalidCommandException.single("workingDays", "NotEmpty");
        }
        if (!opens.isBefore(closes)) {
            throw InvalidCommandException.single("closes", "AfterFrom");
        }
        workingDays = Set.copyOf(EnumSet.copyOf(workingDays));
        holidays = holidays == null ? Set.of() : Set.copyOf(holidays);
    }

    /**
     * Starts a calendar in a zone: Monday to Friday, 08:00 to 18:00, no holidays, until the builder says otherwise.
     *
     * @param zone the tenant's zone
     * @return a builder
     */
    public static Builder builder(ZoneId zone) {
        return new Builder(zone);
    }

    /**
     * Whether an instant is business time.
     *
     * @param instant the instant
     * @return {@code true} on a working day, no holiday, within the business hours of the zone's clock
     */
    public boolean isBusinessTime(Instant instant) {
        LocalDateTime local = LocalDateTime.ofInstant(instant, zone);
        LocalTime time = local.toLocalTime();
        return workingDays.contains(local.getDayOfWeek()) && !holidays.contains(local.toLocalDate())
                && !time.isBefore(opens) && time.isBefore(closes);
    }

    /**
     * When a target falls due: the instant at which the clock, started at {@code start}, has counted {@code target} of
     * business time outside the pauses.
     *
     * @param start when the clock starts
     * @param target how much business time the target allows
     * @param pauses when the clock stands still, in any order, possibly overlapping
     * @return the due instant ({@code start} itself for a zero target)
     */
    public Instant dueAt(Instant start, Duration target, List<ClockPause> pauses) {
        if (target.isNegative()) {
            throw InvalidCommandException.single("target", "PositiveOrZero");
        }
        if (target.isZero()) {
            return start;
        }
        Duration[] left = {target};
        Instant[] due = {null};
        walk(start, null, pauses, (from, until) -> {
            Duration span = Duration.between(from, until);
            if (span.compareTo(left[0]) >= 0) {
                due[0] = from.plus(left[0]);
                return false;
            }
            left[0] = left[0].minus(span);
            return true;
        });
        if (due[0] == null) {
            // Holidays on every working day for twenty years: the target never falls due.
            throw new RuleViolationException("calendar.no-business-time", "holidays", Integer.toString(MOST_DAYS));
        }
        return due[0];
    }

    /**
     * How much business time the clock counted between two instants, outside the pauses.
     *
     * @param start when the clock started
     * @param now when it is read
     * @param pauses when it stood still
     * @return the business time counted (zero when {@code now} is not after {@code start})
     */
    public Duration elapsed(Instant start, Instant now, List<ClockPause> pauses) {
        if (!now.isAfter(start)) {
            return Duration.ZERO;
        }
        Duration[] total = {Duration.ZERO};
        walk(start, now, pauses, (from, until) -> {
            total[0] = total[0].plus(Duration.between(from, until));
            return true;
        });
        return total[0];
    }

    /**
     * Where a target stands when the clock is read.
     *
     * @param start when the clock started
     * @param target the business time the target allows
     * @param now when the clock is read
     * @param pauses when it stood still
     * @param atRiskPercent the share of the target, in percent, from which it is at risk
     * @return on track, at risk or breached
     */
    public SlaState state(Instant start, Duration target, Instant now, List<ClockPause> pauses, int atRiskPercent) {
        Duration used = elapsed(start, now, pauses);
        if (used.compareTo(target) >= 0) {
            return SlaState.BREACHED;
        }
        return used.multipliedBy(100).compareTo(target.multipliedBy(atRiskPercent)) >= 0 ? SlaState.AT_RISK
                : SlaState.ON_TRACK;
    }

    /** Receives spans of counted time, in order; answers whether to go on. */
    @FunctionalInterface
    private interface Spans {
        boolean take(Instant from, Instant until);
    }

    /**
     * Walks the counted time from {@code start} (to {@code end}, or on) in order: the business time, less the pauses.
     * The zone's offset is constant between two transitions, so there the zone's clock reads instant plus offset and
     * each day's business hours map to one span of instants.
     */
    private void walk(Instant start, Instant end, List<ClockPause> pauses, Spans spans) {
        List<ClockPause> merged = merged(pauses);
        ZoneRules rules = zone.getRules();
        Instant limit = start.plus(Duration.ofDays(MOST_DAYS));
        Instant piece = start;
        int pause = 0;
        while (piece.isBefore(limit) && (end == null || piece.isBefore(end))) {
            ZoneOffsetTransition transition = rules.nextTransition(piece);
            Instant pieceEnd = transition == null || transition.getInstant().isAfter(limit) ? limit : transition.getInstant();
            if (end != null && pieceEnd.isAfter(end)) {
                pieceEnd = end;
            }
            ZoneOffset offset = rules.getOffset(piece);
            LocalDateTime localFrom = LocalDateTime.ofInstant(piece, offset);
            LocalDateTime localUntil = LocalDateTime.ofInstant(pieceEnd, offset);
            for (LocalDate day = localFrom.toLocalDate(); !day.isAfter(localUntil.toLocalDate()); day = day.plusDays(1)) {
                if (!workingDays.contains(day.getDayOfWeek()) || holidays.contains(day)) {
                    continue;
                }
                Instant from = latest(piece, day.atTime(opens).toInstant(offset));
                Instant until = earliest(pieceEnd, day.atTime(closes).toInstant(offset));
                if (!from.isBefore(until)) {
                    continue;
                }
                // The pauses are disjoint and in order; one that ended before this span is behind the walk for good.
                while (pause < merged.size() && !merged.get(pause).until().isAfter(from)) {
                    pause++;
                }
                for (int p = pause; p < merged.size() && merged.get(p).from().isBefore(until); p++) {
                    ClockPause cut = merged.get(p);
                    if (cut.from().isAfter(from) && !spans.take(from, cut.from())) {
                        return;
                    }
                    from = latest(from, cut.until());
                }
                if (from.isBefore(until) && !spans.take(from, until)) {
                    return;
                }
            }
            piece = pieceEnd;
        }
    }

    /** The pauses in order, those that overlap or touch made one. */
    private static List<ClockPause> merged(List<ClockPause> pauses) {
        List<ClockPause> sorted = new ArrayList<>(pauses);
        sorted.sort(Comparator.comparing(ClockPause::from));
        List<ClockPause> merged = new ArrayList<>();
        for (ClockPause next : sorted) {
            ClockPause last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && !next.from().isAfter(last.until())) {
                merged.set(merged.size() - 1, new ClockPause(last.from(), latest(last.until(), next.until())));
            } else {
                merged.add(next);
            }
        }
        return merged;
    }

    private static Instant latest(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant earliest(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    /** Builds a {@link BusinessCalendar}. */
    public static final class Builder {

        private final ZoneId zone;
        private Set<DayOfWeek> workingDays = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);
        private LocalTime opens = LocalTime.of(8, 0);
        private LocalTime closes = LocalTime.of(18, 0);
        private Set<LocalDate> holidays = new TreeSet<>();

        private Builder(ZoneId zone) {
            this.zone = zone;
        }

        /**
         * @param values the working days of the week
         * @return this builder
         */
        public Builder workingDays(Set<DayOfWeek> values) {
            this.workingDays = values;
            return this;
        }

        /**
         * @param from when business hours begin
         * @param until when they end
         * @return this builder
         */
        public Builder hours(LocalTime from, LocalTime until) {
            this.opens = from;
            this.closes = until;
            return this;
        }

        /**
         * @param values the holidays
         * @return this builder
         */
        public Builder holidays(Set<LocalDate> values) {
            this.holidays = values;
            return this;
        }

        /** @return the calendar */
        public BusinessCalendar build() {
            return new BusinessCalendar(zone, workingDays, opens, closes, holidays);
        }
    }
}
