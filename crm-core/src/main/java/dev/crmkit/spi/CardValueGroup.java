package dev.crmkit.spi;

import dev.crmkit.common.PipelineId;
import dev.crmkit.common.StageId;
import dev.crmkit.common.UserId;
import java.time.YearMonth;
import java.util.Objects;

/**
 * What open cards' values are summed by: their pipeline and stage, and for a forecast their salesperson and the
 * month of their expected close date.
 *
 * @param pipelineId the pipeline
 * @param stageId the stage
 * @param salespersonId the salesperson, or {@code null} for cards without one (or when not grouped by it)
 * @param closeMonth the month of the expected close date, or {@code null} for cards without one (or when not
 *     grouped by it)
 */
public record CardValueGroup(PipelineId pipelineId, StageId stageId, UserId salespersonId, YearMonth closeMonth) {

    /** Checks the parts. */
    public CardValueGroup {
        Objects.requireNonNull(pipelineId, "pipelineId");
        Objects.requireNonNull(stageId, "stageId");
    }
}
