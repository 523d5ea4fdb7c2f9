package dev.crmkit.testkit;

import static dev.crmkit.testkit.AccountTestData.anAccount;
import static org.assertj.core.api.Assertions.assertThat;

import dev.crmkit.CrmSession;
import dev.crmkit.account.Account;
import dev.crmkit.agenda.AgendaConclusion;
import dev.crmkit.agenda.AgendaEntry;
import dev.crmkit.agenda.AgendaEntryAt;
import dev.crmkit.agenda.CreateAgendaEntry;
import dev.crmkit.agenda.Recurrence;
import dev.crmkit.agenda.RecurrenceUnit;
import dev.crmkit.agenda.Schedule;
import dev.crmkit.agenda.TaskBucket;
import dev.crmkit.agenda.TaskList;
import dev.crmkit.agenda.UpdateAgendaSettings;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Properties of the agenda against independent references: the task list classifies every pending entry
 * exactly as plain offset arithmetic over the zone's rules does, in zones with and without daylight saving,
 * at instants close to their transitions; and a recurring entry, concluded again and again, produces exactly
 * the occurrences that calendar arithmetic predicts.
 */
public abstract class AgendaProperties extends CrmKitSupport {

    private static final List<String> ZONES = List.of("America/Sao_Paulo", "America/New_York", "Europe/Lisbon",
            "Australia/Lord_Howe", "America/Santiago", "America/Havana", "Pacific/Apia", "Pacific/Chatham", "Asia/Kolkata",
            "Asia/Tehran", "UTC");

    @Property(tries = 150)
    void theTaskListClassifiesLikeOffsetArithmetic(@ForAll("scenarios") Scenario scenario) {
        ZoneId zone = ZoneId.of(scenario.zone());
        TestTenant tenant = newTenant(zone, Locale.ENGLISH);
        CrmSession admin = tenant.admin();
        // 12:00 is an ordinary time here: the legacy convention has its own example.
        admin.agenda().updateSettings(UpdateAgendaSettings.from(admin.agenda().settings()).withLegacyNoon(false));
        Account account = admin.accounts().create(anAccount().build()).account();
        List<AgendaEntry> entries = new ArrayList<>();
        for (Schedule schedule : scenario.schedules()) {
            entries.add(admin.agenda().create(CreateAgendaEntry.about(account.id(), null, "task", schedule)));
        }
        clock.set(scenario.now());

        TaskList tasks = admin.agenda().tasks(tenant.adminId());

        Map<TaskBucket, List<AgendaEntry>> actual = new EnumMap<>(TaskBucket.class);
        actual.put(TaskBucket.OVERDUE, tasks.overdue());
        actual.put(TaskBucket.TODAY, tasks.dueToday());
        actual.put(TaskBucket.LATER, tasks.later());
        actual.put(TaskBucket.UNSCHEDULED, tasks.unscheduled());
        assertThat(tasks.today()).isEqualTo(referenceToday(scenario.now(), zone.getRules()));
        for (AgendaEntry entry : entries) {
            TaskBucket expected = reference(entry.schedule().orElse(null), scenario.now(), zone.getRules());
            assertThat(actual.get(expected)).as(entry.schedule() + " at " + scenario.now() + " in " + zone).contains(entry);
        }
        assertThat(tasks.all()).hasSameSizeAs(entries);
        assertThat(TaskBucket.of(null, scenario.now(), zone)).isEqualTo(TaskBucket.UNSCHEDULED);
    }

    @Property(tries = 60)
    void concludingOccurrencesFollowsTheCalendar(@ForAll("recurrences") RecurrenceCase recurrenceCase) {
        TestTenant tenant = newTenant();
        CrmSession admin = tenant.admin();
        admin.agenda().updateSettings(UpdateAgendaSettings.from(admin.agenda().settings()).withLegacyNoon(false));
        Account account = admin.accounts().create(anAccount().build()).account();
        Schedule first = recurrenceCase.time() == null ? new Schedule.AnyTimeOn(recurrenceCase.start())
                : new Schedule.AtTime(recurrenceCase.start().atTime(recurrenceCase.time()));
        AgendaEntry current = admin.agenda().create(new CreateAgendaEntry(account.id(), null, null, null, "Periodic", first,
                null, recurrenceCase.recurrence()));

        List<Schedule> seen = new ArrayList<>();
        while (current != null && seen.size() <= 40) {
            seen.add(current.schedule().orElseThrow());
            AgendaConclusion conclusion = admin.agenda().conclude(new AgendaEntryAt(current.id(), current.version()));
            current = conclusion.next();
        }

        List<Schedule> expected = referenceOccurrences(first, recurrenceCase.recurrence());
        assertThat(seen).isEqualTo(expected);
        assertThat(admin.agenda().tasks(tenant.adminId()).all()).isEmpty();
        assertThat(admin.agenda().ofAccount(account.id())).hasSize(expected.size());
    }

    /** Where an entry belongs, by arithmetic on the zone's offsets alone. */
    static TaskBucket reference(Schedule schedule, Instant now, ZoneRules rules) {
        if (schedule == null) {
            return TaskBucket.UNSCHEDULED;
        }
        LocalDate today = referenceToday(now, rules);
        if (schedule instanceof Schedule.AtTime at) {
            long due = referenceEpochSecond(at.at().toEpochSecond(ZoneOffset.UTC), rules);
            if (due < now.getEpochSecond() || (due == now.getEpochSecond() && now.getNano() > 0)) {
                return TaskBucket.OVERDUE;
            }
        }
        // An entry of a day that has ended is overdue, whatever its time.
        int byDay = schedule.day().compareTo(today);
        return byDay < 0 ? TaskBucket.OVERDUE : byDay == 0 ? TaskBucket.TODAY : TaskBucket.LATER;
    }

    static LocalDate referenceToday(Instant now, ZoneRules rules) {
        long local = now.getEpochSecond() + rules.getOffset(now).getTotalSeconds();
        return LocalDate.ofEpochDay(Math.floorDiv(local, 86_400));
    }

    /**
     * The instant of a local time: of the offsets in force around it, those that map it back to itself; the
     * earliest when there are two (a repeated hour); in a skipped hour, the offset before the jump (the smallest).
     */
    static long referenceEpochSecond(long local, ZoneRules rules) {
        TreeSet<Integer> offsets = new TreeSet<>();
        for (long probe = local - 3 * 86_400; probe <= local + 3 * 86_400; probe += 900) {
            offsets.add(rules.getOffset(Instant.ofEpochSecond(probe)).getTotalSeconds());
        }
        long earliest = Long.MAX_VALUE;
        for (int offset : offsets) {
            long candidate = local - offset;
            if (rules.getOffset(Instant.ofEpochSecond(candidate)).getTotalSeconds() == offset) {
                earliest = Math.min(earliest, candidate);
            }
        }
        return earliest != Long.MAX_VALUE ? earliest : local - offsets.first();
    }

    /** The occurrences a recurrence has, by epoch-day and year-month arithmetic. */
    static List<Schedule> referenceOccurrences(Schedule first, Recurrence recurrence) {
        List<Schedule> occurrences = new ArrayList<>();
        LocalDate start = first.day();
        for (int k = 0; recurrence.count() == null || k < recurrence.count(); k++) {
            long steps = (long) k * recurrence.every();
            LocalDate day;
            if (recurrence.unit() == RecurrenceUnit.MONTHS) {
                YearMonth month = YearMonth.from(start).plusMonths(steps);
                day = month.atDay(Math.min(start.getDayOfMonth(), month.lengthOfMonth()));
            } else {
                day = LocalDate.ofEpochDay(start.toEpochDay() + steps * (recurrence.unit() == RecurrenceUnit.WEEKS ? 7 : 1));
            }
            if (recurrence.until() != null && day.isAfter(recurrence.until())) {
                break;
            }
            occurrences.add(first instanceof Schedule.AtTime at ? new Schedule.AtTime(day.atTime(at.at().toLocalTime()))
                    : new Schedule.AnyTimeOn(day));
        }
        return occurrences;
    }

    @Provide
    Arbitrary<Scenario> scenarios() {
        Arbitrary<String> zones = Arbitraries.of(ZONES);
        Arbitrary<Long> seconds = Arbitraries.longs().between(
                Instant.parse("2005-01-01T00:00:00Z").getEpochSecond(), Instant.parse("2030-12-31T00:00:00Z").getEpochSecond());
        Arbitrary<Integer> nearMinutes = Arbitraries.integers().between(-36 * 60, 36 * 60);
        Arbitrary<List<Integer>> scheduleMinutes = Arbitraries.integers().between(-48 * 60, 48 * 60).list().ofMinSize(1).ofMaxSize(8);
        Arbitrary<List<Integer>> kinds = Arbitraries.integers().between(0, 4).list().ofSize(8);
        return Combinators.combine(zones, seconds, nearMinutes, scheduleMinutes, kinds).as((zone, second, near, minutes, kind) -> {
            ZoneRules rules = ZoneId.of(zone).getRules();
            // Near a transition when the zone has one: that is where an offset-blind classification goes wrong.
            ZoneOffsetTransition transition = rules.nextTransition(Instant.ofEpochSecond(second));
            Instant anchor = transition == null ? Instant.ofEpochSecond(second) : transition.getInstant();
            Instant now = anchor.plusSeconds(near * 60L + 17);
            LocalDateTime localAnchor = LocalDateTime.ofEpochSecond(anchor.getEpochSecond(), 0, rules.getOffset(anchor));
            List<Schedule> schedules = new ArrayList<>();
            for (int i = 0; i < minutes.size(); i++) {
                LocalDateTime at = localAnchor.plusMinutes(minutes.get(i));
                schedules.add(switch (kind.get(i)) {
                    case 0, 1 -> new Schedule.AtTime(at);
                    case 2, 3 -> new Schedule.AnyTimeOn(at.toLocalDate());
                    default -> null;
                });
            }
            return new Scenario(zone, now, schedules);
        });
    }

    @Provide
    Arbitrary<RecurrenceCase> recurrences() {
        Arbitrary<LocalDate> starts = Arbitraries.longs().between(LocalDate.of(2024, 1, 1).toEpochDay(), LocalDate.of(2028, 12, 31).toEpochDay())
                .map(LocalDate::ofEpochDay);
        Arbitrary<LocalTime> times = Arbitraries.integers().between(0, 24 * 60 - 1).map(m -> LocalTime.of(m / 60, m % 60))
                .injectNull(0.4);
        Arbitrary<RecurrenceUnit> units = Arbitraries.of(RecurrenceUnit.class);
        Arbitrary<Integer> every = Arbitraries.integers().between(1, 40);
        Arbitrary<Integer> counts = Arbitraries.integers().between(1, 12).injectNull(0.4);
        // How far the last day lies, in periods: at most 20 occurrences, so that a try stays quick.
        Arbitrary<Double> untilPeriods = Arbitraries.doubles().between(0, 20).injectNull(0.3);
        return Combinators.combine(starts, times, units, every, counts, untilPeriods).as((start, time, unit, n, count, periods) -> {
            Integer bounded = count == null && periods == null ? Integer.valueOf(5) : count;
            int unitDays = unit == RecurrenceUnit.DAYS ? 1 : unit == RecurrenceUnit.WEEKS ? 7 : 30;
            LocalDate until = periods == null ? null : start.plusDays((long) (periods * n * unitDays));
            return new RecurrenceCase(start, time, new Recurrence(unit, n, until, bounded));
        });
    }

    /** Schedules, and the instant the task list is read at, in a zone. */
    record Scenario(String zone, Instant now, List<Schedule> schedules) {}

    /** A first occurrence and how it repeats. */
    record RecurrenceCase(LocalDate start, LocalTime time, Recurrence recurrence) {}
}
