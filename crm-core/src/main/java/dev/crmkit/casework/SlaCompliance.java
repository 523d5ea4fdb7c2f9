package dev.crmkit.casework;

import java.util.Optional;

/**
 * How many resolved cases met their service-level targets, as their clocks stood at the resolution. Cases without a
 * target are not counted.
 *
 * @param firstResponseTargets cases whose first response had a target
 * @param firstResponseMet of those, how many answered in time
 * @param resolutionTargets cases whose resolution had a target
 * @param resolutionMet of those, how many were resolved in time
 */
public record SlaCompliance(long firstResponseTargets, long firstResponseMet, long resolutionTargets, long resolutionMet) {

    /** @return the share of first responses in time (0 to 1), if any had a target */
    public Optional<Double> firstResponseRate() {
        return firstResponseTargets == 0 ? Optional.empty() : Optional.of((double) firstResponseMet / firstResponseTargets);
    }

    /** @return the share of resolutions in time (0 to 1), if any had a target */
    public Optional<Double> resolutionRate() {
        return resolutionTargets == 0 ? Optional.empty() : Optional.of((double) resolutionMet / resolutionTargets);
    }
}
