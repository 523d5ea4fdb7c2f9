package dev.crmkit.campaign;

import dev.crmkit.common.RuleViolationException;
import dev.crmkit.common.UserId;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Plans a visits or calls campaign's members into days and users: one entry per member, on the working days given,
 * with at most {@code capacity} entries per user and day.
 *
 * <p><b>Evenly</b>, as this planner spreads the load, means: (1) for every user, the numbers of entries on any two of
 * the days differ by at most one (a user with {@code n} entries over {@code D} days has {@code floor(n/D)} or
 * {@code ceil(n/D)} on each day), and the entries of a user with fewer entries than days are spread over the period
 * rather than packed at its start; (2) over a team, the numbers of members given to any two users differ by at most
 * one. For each account's responsible the users are fixed by the accounts, so only (1) applies. A plan exists exactly
 * when no user needs more than {@code capacity × D} entries; otherwise the planner refuses and names who is over.
 */
final class VisitPlanner {

    /**
     * Where one member goes.
     *
     * @param user whose entry it is
     * @param day its day
     */
    record Slot(UserId user, LocalDate day) {}

    private VisitPlanner() {}

    /**
     * The working days of a period: the days of the week given, except the holidays.
     *
     * @param from the first day
     * @param to the last day
     * @param workingDays the working days of the week
     * @param holidays the days nobody works
     * @return the days, in order
     */
    static List<LocalDate> workingDays(LocalDate from, LocalDate to, Set<DayOfWeek> workingDays, Set<LocalDate> holidays) {
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            if (workingDays.contains(day.getDayOfWeek()) && !holidays.contains(day)) {
                days.add(day);
            }
        }
        return days;
    }

    /**
     * Each member's entry for a user fixed beforehand (the account's responsible).
     *
     * @param assignees each member's user, in member order
     * @param days the working days, in order, at least one
     * @param capacity the most entries a user gets a day
     * @return each member's slot, in member order
     * @throws RuleViolationException {@code campaign.over-capacity} when a user has more members than days × capacity
     */
    static List<Slot> forAssignees(List<UserId> assignees, List<LocalDate> days, int capacity) {
        Map<UserId, List<Integer>> byUser = new LinkedHashMap<>();
        for (int i = 0; i < assignees.size(); i++) {
            byUser.computeIfAbsent(assignees.get(i), u -> new ArrayList<>()).add(i);
        }
        long most = (long) capacity * days.size();
        for (Map.Entry<UserId, List<Integer>> user : byUser.entrySet()) {
            if (user.getValue().size() > most) {
                throw new RuleViolationException("campaign.over-capacity", "plan.dailyCapacity", user.getKey().value(),
                        user.getValue().size(), most);
            }
        }
        Slot[] slots = new Slot[assignees.size()];
        for (Map.Entry<UserId, List<Integer>> user : byUser.entrySet()) {
            List<Integer> members = user.getValue();
            for (int j = 0; j < members.size(); j++) {
                slots[members.get(j)] = new Slot(user.getKey(), days.get(spread(j, members.size(), days.size())));
            }
        }
        return List.of(slots);
    }

    /**
     * The members spread over a team: member {@code k} goes to user {@code k mod team size}, then each user's
     * members over the days.
     *
     * @param members how many members
     * @param team the users, each once, at least one
     * @param days the working days, in order, at least one
     * @param capacity the most entries a user gets a day
     * @return each member's slot, in member order
     * @throws RuleViolationException {@code campaign.over-capacity} when the team cannot hold every member
     */
    static List<Slot> overTeam(int members, List<UserId> team, List<LocalDate> days, int capacity) {
        long most = (long) capacity * days.size() * team.size();
        if (members > most) {
            throw new RuleViolationException("campaign.over-capacity", "plan.dailyCapacity", "team", members, most);
        }
        List<UserId> assignees = new ArrayList<>(members);
        for (int k = 0; k < members; k++) {
            assignees.add(team.get(k % team.size()));
        }
        return forAssignees(assignees, days, capacity);
    }

    /** The day of a user's {@code j}-th of {@code n} entries over {@code d} days: evenly, the earlier days first. */
    private static int spread(int j, int n, int d) {
        return (int) ((long) j * d / n);
    }
}
