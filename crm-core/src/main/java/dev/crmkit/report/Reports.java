package dev.crmkit.report;

import dev.crmkit.common.PipelineId;
import java.time.LocalDate;

/** Statistics of what the actor may see. */
public interface Reports {

    /**
     * Counts the agenda entries created in a range of days (in the tenant's time zone) on accounts in scope.
     *
     * @param from the first day
     * @param to the last day, not before {@code from}
     * @return the counts
     */
    AgendaStatistics agenda(LocalDate from, LocalDate to);

    /**
     * Lists the agenda entries created in a range of days, oldest first. The listing is read page by page while it
     * is iterated, so an export of any size keeps memory flat; each page is read in its own unit of work.
     *
     * @param from the first day
     * @param to the last day, not before {@code from}
     * @return the rows, lazily
     */
    Iterable<AgendaListingRow> agendaListing(LocalDate from, LocalDate to);

    /**
     * A pipeline's figures now: cards per stage, won and lost, conversion rate, stagnant cards, days in stage.
     *
     * @param pipelineId a pipeline the actor uses
     * @return the figures
     */
    PipelineStatistics pipeline(PipelineId pipelineId);
}
