package dev.crmkit.casework;

import dev.crmkit.common.InvalidCommandException;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A customer's answer to a case's satisfaction survey.
 *
 * @param csat the satisfaction score, 1 (very unsatisfied) to 5 (very satisfied)
 * @param nps how likely the customer recommends the company, 0 to 10, or {@code null} when not answered
 * @param comment the customer's words, or {@code null}
 * @param answeredAt when the answer arrived
 */
public record SurveyAnswer(int csat, Integer nps, String comment, Instant answeredAt) {

    /** Checks the ranges. */
    public SurveyAnswer {
        if (csat < 1 || csat > 5) {
            throw InvalidCommandException.single("csat", "Max", 5);
        }
        if (nps != null && (nps < 0 || nps > 10)) {
            throw InvalidCommandException.single("nps", "Max", 10);
        }
        Objects.requireNonNull(answeredAt, "answeredAt");
    }

    /** @return the recommendation score, if given */
    public Optional<Integer> recommendation() {
        return Optional.ofNullable(nps);
    }
}
