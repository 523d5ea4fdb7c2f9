package dev.crmkit.report;

import java.time.LocalDate;
import java.util.List;

/**
 * The agenda entries created in a date range (in the tenant's zone) on accounts in the reader's scope, counted.
 *
 * @param from the first day
 * @param to the last day
 * @param total how many entries
 * @param byType per type, most first
 * @param byUser per user, most first
 * @param byStatus per status, pending first
 */
public record AgendaStatistics(LocalDate from, LocalDate to, long total, List<StatisticsCount> byType,
        List<StatisticsCount> byUser, List<StatisticsCount> byStatus) {

    /** Copies the lists. */
    public AgendaStatistics {
        byType = List.copyOf(byType);
        byUser = List.copyOf(byUser);
        byStatus = List.copyOf(byStatus);
    }
}
