package dev.crmkit.spi;

import dev.crmkit.casework.CsatScore;
import dev.crmkit.casework.NpsScore;
import dev.crmkit.casework.SatisfactionStats;
import dev.crmkit.casework.SlaCompliance;
import dev.crmkit.casework.Survey;
import java.util.List;
import java.util.Objects;

/**
 * The totals of one group of surveys, as a store aggregates them.
 *
 * @param key the group's team or category id, or agent's user id; empty for the surveys without one, or for all
 *     surveys when there is no grouping
 * @param stats the group's figures
 */
public record SurveyTotals(String key, SatisfactionStats stats) {

    /** Checks the parts are present. */
    public SurveyTotals {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(stats, "stats");
    }

    /**
     * The figures of some counts, as an SQL aggregate gives them.
     *
     * @param surveys how many surveys were issued
     * @param csat how many answers gave 1 to 5
     * @param nps the recommendation counts
     * @param sla the service-level counts
     * @return the figures
     */
    public static SatisfactionStats stats(long surveys, List<Long> csat, NpsScore nps, SlaCompliance sla) {
        return new SatisfactionStats(surveys, CsatScore.of(csat), nps, sla);
    }

    /**
     * The figures of some surveys, counted one by one (for stores that aggregate in memory).
     *
     * @param surveys the surveys
     * @return the figures
     */
    public static SatisfactionStats count(Iterable<Survey> surveys) {
        long issued = 0;
        long[] csat = new long[5];
        long npsAnswers = 0;
        long promoters = 0;
        long detractors = 0;
        long frTargets = 0;
        long frMet = 0;
        long resTargets = 0;
        long resMet = 0;
        for (Survey survey : surveys) {
            issued++;
            if (survey.firstResponseMet().isPresent()) {
                frTargets++;
                frMet += survey.firstResponseMet().get() ? 1 : 0;
            }
            if (survey.resolutionMet().isPresent()) {
                resTargets++;
                resMet += survey.resolutionMet().get() ? 1 : 0;
            }
            if (survey.answer().isPresent()) {
                csat[survey.answer().get().csat() - 1]++;
                Integer nps = survey.answer().get().nps();
                if (nps != null) {
                    npsAnswers++;
                    promoters += nps >= 9 ? 1 : 0;
                    detractors += nps <= 6 ? 1 : 0;
                }
            }
        }
        return stats(issued, List.of(csat[0], csat[1], csat[2], csat[3], csat[4]), new NpsScore(npsAnswers, promoters, detractors),
                new SlaCompliance(frTargets, frMet, resTargets, resMet));
    }
}
