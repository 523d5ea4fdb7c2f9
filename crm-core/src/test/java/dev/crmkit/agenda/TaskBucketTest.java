package dev.crmkit.agenda;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class TaskBucketTest {

    private static final ZoneId SAO_PAULO = ZoneId.of("America/Sao_Paulo");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    @Test
    void givenAnAnyTimeEntry_whenItsDayIsStillRunningInTheTenantsZone_thenItIsDueTodayNotOverdue() {
        Schedule monday = new Schedule.AnyTimeOn(LocalDate.of(2026, 3, 2));

        // 02:59 UTC on Tuesday is still 23:59 on Monday in São Paulo.
        assertThat(TaskBucket.of(monday, Instant.parse("2026-03-03T02:59:00Z"), SAO_PAULO)).isEqualTo(TaskBucket.TODAY);
        assertThat(TaskBucket.of(monday, Instant.parse("2026-03-03T03:00:00Z"), SAO_PAULO)).isEqualTo(TaskBucket.OVERDUE);
        assertThat(TaskBucket.of(monday, Instant.parse("2026-03-02T02:59:00Z"), SAO_PAULO)).isEqualTo(TaskBucket.LATER);
    }

    @Test
    void givenADayThatStartsAtOneBecauseOfDaylightSaving_whenItStarts_thenTheDayBeforeIsOverdue() {
        // São Paulo skipped from 00:00 to 01:00 on 4 November 2018: that day began at 03:00 UTC, at 01:00 local.
        Schedule saturday = new Schedule.AnyTimeOn(LocalDate.of(2018, 11, 3));

        assertThat(TaskBucket.of(saturday, Instant.parse("2018-11-04T02:59:59Z"), SAO_PAULO)).isEqualTo(TaskBucket.TODAY);
        assertThat(TaskBucket.of(saturday, Instant.parse("2018-11-04T03:00:00Z"), SAO_PAULO)).isEqualTo(TaskBucket.OVERDUE);
    }

    @Test
    void givenATimeTheClockSkips_whenClassified_thenItIsDueAfterTheGap() {
        // New York jumped from 02:00 to 03:00 on 8 March 2026: 02:30 is read as 03:30 EDT, 07:30 UTC.
        Schedule skipped = new Schedule.AtTime(LocalDateTime.of(2026, 3, 8, 2, 30));

        assertThat(TaskBucket.of(skipped, Instant.parse("2026-03-08T07:29:00Z"), NEW_YORK)).isEqualTo(TaskBucket.TODAY);
        assertThat(TaskBucket.of(skipped, Instant.parse("2026-03-08T07:31:00Z"), NEW_YORK)).isEqualTo(TaskBucket.OVERDUE);
    }

    @Test
    void givenATimeTheClockRepeats_whenClassified_thenItsFirstOccurrenceCounts() {
        // New York repeated 01:00-02:00 on 1 November 2026: 01:30 is first reached at 05:30 UTC (EDT).
        Schedule repeated = new Schedule.AtTime(LocalDateTime.of(2026, 11, 1, 1, 30));

        assertThat(TaskBucket.of(repeated, Instant.parse("2026-11-01T05:29:00Z"), NEW_YORK)).isEqualTo(TaskBucket.TODAY);
        assertThat(TaskBucket.of(repeated, Instant.parse("2026-11-01T05:31:00Z"), NEW_YORK)).isEqualTo(TaskBucket.OVERDUE);
    }

    @Test
    void givenNoSchedule_whenClassified_thenItIsUnscheduled() {
        assertThat(TaskBucket.of(null, Instant.EPOCH, SAO_PAULO)).isEqualTo(TaskBucket.UNSCHEDULED);
    }

    @Test
    void givenLegacyNoon_whenReadWithAndWithoutTheConvention_thenOnlyExactlyTwelveBecomesAnyTime() {
        LocalDateTime noon = LocalDateTime.of(2026, 3, 2, 12, 0);

        assertThat(Schedule.fromLegacy(noon, true)).isEqualTo(new Schedule.AnyTimeOn(LocalDate.of(2026, 3, 2)));
        assertThat(Schedule.fromLegacy(noon, false)).isEqualTo(new Schedule.AtTime(noon));
        assertThat(Schedule.fromLegacy(noon.plusMinutes(1), true)).isEqualTo(new Schedule.AtTime(noon.plusMinutes(1)));
    }
}
