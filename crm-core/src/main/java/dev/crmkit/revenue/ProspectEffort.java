package dev.crmkit.revenue;

/**
 * The effort spent on a prospect.
 *
 * @param agendaEntries its agenda entries (visits, calls, tasks), whatever their status
 * @param comments the comments on its cards, in every pipeline
 * @param messages its logged messages, archived ones included
 * @param daysInPipeline whole days since its oldest open card was created; 0 without an open card
 */
public record ProspectEffort(long agendaEntries, long comments, long messages, long daysInPipeline) {

    /**
     * The interactions: agenda entries, comments and messages.
     *
     * @return their count
     */
    public long interactions() {
        return agendaEntries + comments + messages;
    }
}
