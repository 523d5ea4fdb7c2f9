package dev.crmkit.report;

import dev.crmkit.common.PipelineId;
import java.time.Instant;
import java.util.List;

/**
 * A pipeline's figures as of an instant.
 *
 * @param pipelineId the pipeline
 * @param name its name
 * @param stages its stages, in order
 * @param won cards converted to a customer or to a customer service
 * @param lost cards marked lost
 * @param archived cards archived (neither won nor lost)
 * @param conversionRate won / (won + lost), 0 when neither
 * @param stagnant open cards that are stagnant
 * @param asOf the instant
 */
public record PipelineStatistics(PipelineId pipelineId, String name, List<StageStatistics> stages, long won, long lost,
        long archived, double conversionRate, long stagnant, Instant asOf) {

    /** Copies the stages. */
    public PipelineStatistics {
        stages = List.copyOf(stages);
    }
}
