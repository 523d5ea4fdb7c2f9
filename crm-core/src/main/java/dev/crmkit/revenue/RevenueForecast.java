package dev.crmkit.revenue;

import dev.crmkit.common.PipelineId;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A pipeline's forecast: its open cards with a value, by salesperson, expected close month and currency.
 *
 * @param pipelineId the pipeline
 * @param pipelineName its name
 * @param asOf the day it was read on, in the tenant's time zone
 * @param lines by salesperson name (cards without one last), then month (undated last), then currency code
 */
public record RevenueForecast(PipelineId pipelineId, String pipelineName, LocalDate asOf, List<ForecastLine> lines) {

    /** Copies the lines. */
    public RevenueForecast {
        Objects.requireNonNull(pipelineId, "pipelineId");
        Objects.requireNonNull(pipelineName, "pipelineName");
        Objects.requireNonNull(asOf, "asOf");
        lines = List.copyOf(lines);
    }
}
