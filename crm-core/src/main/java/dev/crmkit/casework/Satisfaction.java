package dev.crmkit.casework;

import dev.crmkit.common.CaseId;
import java.util.List;
import java.util.Optional;

/**
 * Customer satisfaction with service cases: the survey each resolution issues, and statistics of the answers. The
 * statistics span every case of the tenant, so they are for users who see every account (administrators and users of
 * unrestricted scope); anyone else is refused.
 */
public interface Satisfaction {

    /**
     * The survey of a case, once the case was resolved.
     *
     * @param caseId a case in the actor's reach
     * @return the survey (its token hashed; the answer once given)
     */
    Optional<Survey> survey(CaseId caseId);

    /**
     * The figures of the surveys a query selects: CSAT distribution, mean and 95% interval, NPS, response rate and
     * service-level compliance.
     *
     * @param query the period and the optional team, agent and category
     * @return the figures
     */
    SatisfactionStats statistics(SatisfactionQuery query);

    /**
     * The same figures per team, agent or category, ordered by key (the group of cases without one first).
     *
     * @param query the period and the optional filters
     * @param grouping what to group by
     * @return one group per team, agent or category with surveys
     */
    List<SatisfactionGroup> statisticsBy(SatisfactionQuery query, SatisfactionGrouping grouping);

    /**
     * The categories and agents that score lowest, with their sample sizes ({@link TrainingNeeds} states the rule).
     *
     * @param query the period and the optional filters
     * @param minimumSample the fewest answers a ranked group needs, 1 to 1,000,000
     * @return the lowest-scoring categories and agents
     */
    TrainingNeeds trainingNeeds(SatisfactionQuery query, int minimumSample);
}
