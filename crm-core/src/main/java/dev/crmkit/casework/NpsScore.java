package dev.crmkit.casework;

import java.util.Optional;

/**
 * The net promoter score of some answers: promoters gave 9 or 10, detractors 0 to 6; the score is the share of
 * promoters minus the share of detractors among the answers that gave a recommendation score, in percentage points
 * (−100 to 100).
 *
 * @param answers how many answers gave a recommendation score
 * @param promoters how many gave 9 or 10
 * @param detractors how many gave 0 to 6
 */
public record NpsScore(long answers, long promoters, long detractors) {

    /** @return the score in percentage points, if any answer gave a recommendation score */
    public Optional<Double> score() {
        return answers == 0 ? Optional.empty() : Optional.of(100.0 * (promoters - detractors) / answers);
    }
}
