package dev.crmkit.casework;

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
        if (csat < 1 || csat > 5 || nps != null && (nps < 0 || nps > 10)) {
            throw new IllegalArgumentException("score out of range");
        }
        Objects.requireNonNull(answeredAt, "answeredAt");
    }

    /** @return the recommendation score, if given */
    public Optional<Integer> recommendation() {
        return Optional.ofNullable(nps);
    }
}
