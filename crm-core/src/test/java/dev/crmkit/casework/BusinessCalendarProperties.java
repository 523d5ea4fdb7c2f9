package dev.crmkit.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.zone.ZoneOffsetTransition;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The business-hours clock against a brute force that walks minute by minute and asks, of each minute, whether the
 * zone's clock reads a working day, no holiday, within business hours, outside every pause. The starts fall near the
 * zones' daylight-saving changes (gaps and overlaps, at midnight, at 01:00, at 02:00, of half an hour), the hours often
 * cover those changes, and the targets run up to several weeks.
 */
class BusinessCalendarProperties {

    private static final List<ZoneId> ZONES = List.of(ZoneId.of("America/Sao_Paulo"), ZoneId.of("America/New_York"),
            ZoneId.of("Europe/Lisbon"), ZoneId.of("Australia/Lord_Howe"), ZoneId.of("America/Santiago"),
            ZoneId.of("Asia/Kolkata"));

    /** One drawn case: a calendar, a start, a target, pauses and a reading instant, all on whole minutes. */
    record Drawn(BusinessCalendar calendar, Instant start, int targetMinutes, List<ClockPause> pauses, Instant now) {}

    @Property(tries = 150)
    void givenAnyCalendarStartTargetAndPauses_thenTheDueTimeAndTheElapsedTimeAreTheBruteForces(@ForAll("drawn") Drawn d) {
        Instant due = d.calendar().dueAt(d.start(), Duration.ofMinutes(d.targetMinutes()), d.pauses());

        assertThat(due).as("due time of %s", d).isEqualTo(bruteDue(d));
        long counted = bruteCount(d, d.start(), d.now());
        assertThat(d.calendar().elapsed(d.start(), d.now(), d.pauses())).as("elapsed of %s", d).isEqualTo(Duration.ofMinutes(counted));
        SlaState expected = counted >= d.targetMinutes() ? SlaState.BREACHED
                : counted * 100 >= d.targetMinutes() * 80L ? SlaState.AT_RISK : SlaState.ON_TRACK;
        assertThat(d.calendar().state(d.start(), Duration.ofMinutes(d.targetMinutes()), d.now(), d.pauses(), 80))
                .isEqualTo(expected);
    }

    @Example
    void givenSaoPaulosLastSpringForwardAtMidnight_whenHoursStartAtMidnight_thenTheSkippedHourIsNotCounted() {
        // 2018-11-04 00:00 did not happen in São Paulo: the clocks went from 23:59:59 to 01:00.
        BusinessCalendar calendar = BusinessCalendar.builder(ZoneId.of("America/Sao_Paulo"))
                .workingDays(EnumSet.allOf(DayOfWeek.class)).hours(LocalTime.MIDNIGHT, LocalTime.of(2, 0)).build();
        Instant start = LocalDateTime.of(2018, 11, 3, 1, 59).atZone(ZoneId.of("America/Sao_Paulo")).toInstant();

        Instant due = calendar.dueAt(start, Duration.ofMinutes(61), List.of());

        // One minute on the 3rd, then 01:00 to 02:00 on the 4th: its 00:00 to 01:00 never was.
        assertThat(due.atZone(ZoneId.of("America/Sao_Paulo")).toLocalDateTime()).isEqualTo(LocalDateTime.of(2018, 11, 4, 2, 0));
    }

    private static Instant bruteDue(Drawn d) {
        if (d.targetMinutes() == 0) {
            return d.start();
        }
        int counted = 0;
        for (Instant minute = d.start(); ; minute = minute.plus(1, ChronoUnit.MINUTES)) {
            if (counts(d, minute) && ++counted == d.targetMinutes()) {
                return minute.plus(1, ChronoUnit.MINUTES);
            }
        }
    }

    private static long bruteCount(Drawn d, Instant from, Instant until) {
        long counted = 0;
        for (Instant minute = from; minute.isBefore(until); minute = minute.plus(1, ChronoUnit.MINUTES)) {
            if (counts(d, minute)) {
                counted++;
            }
        }
        return counted;
    }

    private static boolean counts(Drawn d, Instant minute) {
        LocalDateTime local = LocalDateTime.ofInstant(minute, d.calendar().zone());
        LocalTime time = local.toLocalTime();
        boolean business = d.calendar().workingDays().contains(local.getDayOfWeek())
                && !d.calendar().holidays().contains(local.toLocalDate())
                && !time.isBefore(d.calendar().opens()) && time.isBefore(d.calendar().closes());
        return business && d.pauses().stream().noneMatch(p -> !minute.isBefore(p.from()) && minute.isBefore(p.until()));
    }

    @Provide
    Arbitrary<Drawn> drawn() {
        Arbitrary<ZoneId> zones = Arbitraries.of(ZONES);
        return zones.flatMap(zone -> {
            List<Instant> changes = changes(zone);
            Arbitrary<Instant> starts = changes.isEmpty()
                    ? Arbitraries.longs().between(0, 5L * 365 * 24 * 60).map(m -> Instant.parse("2015-01-01T00:00:00Z").plus(m, ChronoUnit.MINUTES))
                    : Combinators.combine(Arbitraries.of(changes), Arbitraries.integers().between(-72 * 60, 24 * 60))
                            .as((change, minutes) -> change.truncatedTo(ChronoUnit.MINUTES).plus(minutes, ChronoUnit.MINUTES));
            Arbitrary<Set<DayOfWeek>> days = Arbitraries.of(DayOfWeek.class).set().ofMinSize(3).ofMaxSize(7);
            // Hours from a quarter to a quarter; often over the small hours, where the changes happen.
            Arbitrary<int[]> hours = Arbitraries.oneOf(
                    Combinators.combine(Arbitraries.integers().between(0, 12 * 4), Arbitraries.integers().between(16, 48))
                            .as((from, length) -> new int[] {from * 15, Math.min(from * 15 + length * 15, 24 * 60 - 15)}),
                    Combinators.combine(Arbitraries.integers().between(0, 4), Arbitraries.integers().between(8, 20))
                            .as((from, length) -> new int[] {from * 15, from * 15 + length * 15 + 180}));
            return Combinators.combine(starts, days, hours, Arbitraries.integers().between(0, 2_400),
                            Arbitraries.integers().between(0, 20).list().ofMaxSize(4),
                            pauses().list().ofMaxSize(3), Arbitraries.integers().between(0, 40 * 24 * 60))
                    .as((start, workingDays, span, target, holidayOffsets, pauseSpans, nowOffset) -> {
                        LocalDate first = LocalDateTime.ofInstant(start, zone).toLocalDate();
                        Set<LocalDate> holidays = new HashSet<>();
                        holidayOffsets.forEach(offset -> holidays.add(first.plusDays(offset)));
                        BusinessCalendar calendar = BusinessCalendar.builder(zone).workingDays(workingDays)
                                .hours(LocalTime.MIDNIGHT.plusMinutes(span[0]), LocalTime.MIDNIGHT.plusMinutes(span[1]))
                                .holidays(holidays).build();
                        List<ClockPause> pauses = new ArrayList<>();
                        for (int[] p : pauseSpans) {
                            Instant from = start.plus(p[0], ChronoUnit.MINUTES);
                            pauses.add(new ClockPause(from, from.plus(p[1], ChronoUnit.MINUTES)));
                        }
                        return new Drawn(calendar, start, target, pauses, start.plus(nowOffset, ChronoUnit.MINUTES));
                    });
        });
    }

    /** A pause: its start, up to three weeks after the clock's, and its length, up to three days. */
    private static Arbitrary<int[]> pauses() {
        return Combinators.combine(Arbitraries.integers().between(-600, 21 * 24 * 60), Arbitraries.integers().between(0, 3 * 24 * 60))
                .as((from, length) -> new int[] {from, length});
    }

    /** The zone's offset changes between 2015 and 2019. */
    private static List<Instant> changes(ZoneId zone) {
        List<Instant> changes = new ArrayList<>();
        Instant at = Instant.parse("2015-01-01T00:00:00Z");
        ZoneOffsetTransition next;
        while ((next = zone.getRules().nextTransition(at)) != null && next.getInstant().isBefore(Instant.parse("2020-01-01T00:00:00Z"))) {
            changes.add(next.getInstant());
            at = next.getInstant();
        }
        return changes;
    }
}
