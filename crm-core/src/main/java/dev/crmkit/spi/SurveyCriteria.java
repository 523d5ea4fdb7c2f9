package dev.crmkit.spi;

import dev.crmkit.casework.SatisfactionQuery;
import dev.crmkit.casework.Survey;
import java.time.Instant;
import java.util.Objects;

/**
 * The surveys satisfaction statistics count, for a store: issued in {@code [from, to)}, and of the query's team, agent
 * and category when it names them.
 *
 * @param from the first instant counted
 * @param to the first instant no longer counted
 * @param query the query, for its team, agent and category
 */
public record SurveyCriteria(Instant from, Instant to, SatisfactionQuery query) {

    /** Checks the parts are present. */
    public SurveyCriteria {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(query, "query");
    }

    /**
     * Whether a survey is counted, for stores that filter in memory.
     *
     * @param survey the survey
     * @return {@code true} when counted
     */
    public boolean matches(Survey survey) {
        return !survey.issuedAt().isBefore(from) && survey.issuedAt().isBefore(to)
                && (query.teamId() == null || survey.teamId().filter(query.teamId()::equals).isPresent())
                && (query.agentId() == null || survey.assigneeId().filter(query.agentId()::equals).isPresent())
                && (query.categoryId() == null || survey.categoryId().filter(query.categoryId()::equals).isPresent());
    }
}
