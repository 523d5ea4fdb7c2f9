package dev.crmkit.agenda;

import dev.crmkit.common.UserId;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

/**
 * A user's pending entries, overdue first, then today's, then later ones, then the
 * unscheduled; each group by schedule (an any-time entry after the timed ones of its day), then by creation.
 *
 * @param userId whose list it is
 * @param today today in the tenant's time zone
 * @param overdue entries whose time has passed (any-time ones: whose day has ended)
 * @param dueToday entries due later today
 * @param later entries due after today
 * @param unscheduled entries with no schedule
 */
public record TaskList(UserId userId, LocalDate today, List<AgendaEntry> overdue, List<AgendaEntry> dueToday,
        List<AgendaEntry> later, List<AgendaEntry> unscheduled) {

    /** Copies the lists. */
    public TaskList {
        overdue = List.copyOf(overdue);
        dueToday = List.copyOf(dueToday);
        later = List.copyOf(later);
        unscheduled = List.copyOf(unscheduled);
    }

    /** @return every entry of the list, in its order */
    public List<AgendaEntry> all() {
        return Stream.of(overdue, dueToday, later, unscheduled).flatMap(List::stream).toList();
    }
}
