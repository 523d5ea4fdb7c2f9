package dev.crmkit.casework;

import java.util.Objects;
import java.util.Optional;

/**
 * Satisfaction figures of the surveys of some resolved cases.
 *
 * @param surveys how many surveys were issued (cases resolved)
 * @param csat the satisfaction scores of the answers
 * @param nps the net promoter score of the answers
 * @param sla how many of the cases met their service-level targets
 */
public record SatisfactionStats(long surveys, CsatScore csat, NpsScore nps, SlaCompliance sla) {

    /** Checks the parts are present. */
    public SatisfactionStats {
        Objects.requireNonNull(csat, "csat");
        Objects.requireNonNull(nps, "nps");
        Objects.requireNonNull(sla, "sla");
    }

    /** @return how many surveys were answered */
    public long answers() {
        return csat.count();
    }

    /** @return answers per survey issued (0 to 1), if any was issued */
    public Optional<Double> responseRate() {
        return surveys == 0 ? Optional.empty() : Optional.of((double) answers() / surveys);
    }
}
