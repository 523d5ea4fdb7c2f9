package dev.crmkit.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crmkit.common.RuleViolationException;
import dev.crmkit.common.UserId;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The plan of a visits or calls campaign, against independent computations: each member gets exactly one entry, nobody
 * is over capacity, nothing lands outside the working days or the period, and the load is as even as the constraints
 * allow, which a brute force over every possible distribution measures.
 */
class VisitPlannerProperties {

    /** One planning problem: a period and its calendar, a team or fixed assignees, a capacity. */
    record Problem(LocalDate from, LocalDate to, Set<DayOfWeek> workingDays, Set<LocalDate> holidays, List<UserId> team,
            boolean overTeam, List<UserId> assignees, int capacity) {}

    @Provide
    Arbitrary<Problem> problems() {
        Arbitrary<LocalDate> from = Arbitraries.integers().between(0, 400).map(d -> LocalDate.of(2026, 1, 1).plusDays(d));
        Arbitrary<Integer> length = Arbitraries.integers().between(0, 13);
        Arbitrary<Set<DayOfWeek>> weekDays = Arbitraries.of(DayOfWeek.class).set().ofMinSize(1).ofMaxSize(7);
        Arbitrary<Integer> teamSize = Arbitraries.integers().between(1, 4);
        Arbitrary<Integer> capacity = Arbitraries.integers().between(1, 4);
        Arbitrary<Boolean> overTeam = Arbitraries.of(true, false);
        Arbitrary<List<Integer>> picks = Arbitraries.integers().between(0, 3).list().ofMaxSize(24);
        Arbitrary<List<Integer>> holidayOffsets = Arbitraries.integers().between(0, 13).list().ofMaxSize(3);
        return Combinators.combine(from, length, weekDays, teamSize, capacity, overTeam, picks, holidayOffsets)
                .as((start, days, week, size, cap, team, chosen, offsets) -> {
                    List<UserId> users = new ArrayList<>();
                    for (int u = 0; u < size; u++) {
                        users.add(UserId.of("user-" + u));
                    }
                    List<UserId> assignees = chosen.stream().map(i -> users.get(i % size)).toList();
                    Set<LocalDate> holidays = new HashSet<>();
                    offsets.forEach(o -> holidays.add(start.plusDays(o)));
                    return new Problem(start, start.plusDays(days), EnumSet.copyOf(week), holidays, users, team, assignees, cap);
                });
    }

    @Property(tries = 300)
    void givenAnyProblem_whenPlanned_thenEachMemberHasOneEntryWithinCapacityOnWorkingDaysAsEvenlyAsPossible(
            @ForAll("problems") Problem p) {
        List<LocalDate> days = VisitPlanner.workingDays(p.from(), p.to(), p.workingDays(), p.holidays());
        // The working days, independently: every day of the period on a working weekday and not a holiday.
        List<LocalDate> expectedDays = p.from().datesUntil(p.to().plusDays(1))
                .filter(d -> p.workingDays().contains(d.getDayOfWeek()) && !p.holidays().contains(d)).toList();
        assertThat(days).isEqualTo(expectedDays);
        if (days.isEmpty()) {
            return;
        }
        int n = p.assignees().size();
        long perUserLimit = (long) p.capacity() * days.size();
        boolean feasible = p.overTeam() ? n <= perUserLimit * p.team().size()
                : counts(p.assignees()).values().stream().allMatch(c -> c <= perUserLimit);
        if (!feasible) {
            assertThatThrownBy(() -> plan(p, days)).isInstanceOf(RuleViolationException.class);
            return;
        }

        List<VisitPlanner.Slot> slots = plan(p, days);

        assertThat(slots).hasSize(n);
        Map<UserId, Map<LocalDate, Integer>> load = new HashMap<>();
        for (int i = 0; i < n; i++) {
            VisitPlanner.Slot slot = slots.get(i);
            assertThat(days).contains(slot.day());
            assertThat(slot.day()).isBetween(p.from(), p.to());
            assertThat(p.holidays()).doesNotContain(slot.day());
            assertThat(p.workingDays()).contains(slot.day().getDayOfWeek());
            if (p.overTeam()) {
                assertThat(p.team()).contains(slot.user());
            } else {
                assertThat(slot.user()).isEqualTo(p.assignees().get(i));
            }
            load.computeIfAbsent(slot.user(), u -> new HashMap<>()).merge(slot.day(), 1, Integer::sum);
        }
        for (Map.Entry<UserId, Map<LocalDate, Integer>> user : load.entrySet()) {
            List<Integer> perDay = days.stream().map(d -> user.getValue().getOrDefault(d, 0)).toList();
            assertThat(perDay).allSatisfy(c -> assertThat(c).isLessThanOrEqualTo(p.capacity()));
            int total = perDay.stream().mapToInt(Integer::intValue).sum();
            assertThat(spread(perDay)).as("daily spread of %s", user.getKey())
                    .isEqualTo(fewestSpread(total, days.size(), p.capacity()));
        }
        if (p.overTeam()) {
            List<Integer> totals = p.team().stream().map(u -> load.getOrDefault(u, Map.of()).values().stream()
                    .mapToInt(Integer::intValue).sum()).toList();
            assertThat(spread(totals)).as("the team's totals").isEqualTo(fewestSpread(n, p.team().size(), (int) perUserLimit));
        }
    }

    @Example
    void givenMoreMembersThanTheTeamHolds_whenPlanned_thenItIsRefusedNamingTheNumbers() {
        List<LocalDate> days = List.of(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 3));
        assertThatThrownBy(() -> VisitPlanner.overTeam(9, List.of(UserId.of("ann"), UserId.of("bob")), days, 2))
                .isInstanceOf(RuleViolationException.class)
                .satisfies(e -> assertThat(((RuleViolationException) e).code()).isEqualTo("rule.campaign.over-capacity"));
        assertThat(VisitPlanner.overTeam(8, List.of(UserId.of("ann"), UserId.of("bob")), days, 2)).hasSize(8);
    }

    @Example
    void givenFewerEntriesThanDays_whenPlanned_thenTheyAreSpreadOverThePeriodRatherThanPackedAtItsStart() {
        List<LocalDate> days = LocalDate.of(2026, 3, 2).datesUntil(LocalDate.of(2026, 3, 12)).toList();
        List<VisitPlanner.Slot> slots = VisitPlanner.forAssignees(List.of(UserId.of("ann"), UserId.of("ann")), days, 1);
        assertThat(slots).extracting(VisitPlanner.Slot::day).containsExactly(days.get(0), days.get(5));
    }

    private static List<VisitPlanner.Slot> plan(Problem p, List<LocalDate> days) {
        return p.overTeam() ? VisitPlanner.overTeam(p.assignees().size(), p.team(), days, p.capacity())
                : VisitPlanner.forAssignees(p.assignees(), days, p.capacity());
    }

    private static Map<UserId, Integer> counts(List<UserId> users) {
        Map<UserId, Integer> counts = new HashMap<>();
        users.forEach(u -> counts.merge(u, 1, Integer::sum));
        return counts;
    }

    private static int spread(List<Integer> values) {
        return values.stream().mapToInt(Integer::intValue).max().orElse(0)
                - values.stream().mapToInt(Integer::intValue).min().orElse(0);
    }

    /**
     * The brute force: the smallest difference between the fullest and the emptiest of {@code bins} that any
     * distribution of {@code items} into them, none over {@code limit}, can reach.
     */
    private static int fewestSpread(int items, int bins, int limit) {
        int[] best = {Integer.MAX_VALUE};
        distribute(items, bins, limit, Integer.MAX_VALUE, Integer.MIN_VALUE, best, items);
        return best[0];
    }

    /** Places the remaining items bin by bin, in non-increasing order (any distribution is a permutation of one). */
    private static void distribute(int left, int bins, int limit, int min, int max, int[] best, int previous) {
        if (bins == 0) {
            if (left == 0) {
                best[0] = Math.min(best[0], max - min);
            }
            return;
        }
        int most = Math.min(Math.min(limit, left), previous);
        for (int here = most; here >= 0; here--) {
            if ((long) here * bins < left) {
                break;
            }
            distribute(left - here, bins - 1, limit, Math.min(min, here), Math.max(max, here), best, here);
        }
    }
}
