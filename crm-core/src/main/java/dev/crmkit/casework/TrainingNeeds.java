package dev.crmkit.casework;

import java.util.List;

/**
 * Where training is most needed: the categories and agents whose answers score lowest. Only groups with at least
 * {@code minimumSample} answers are ranked (a mean of one or two answers says little); they are ordered by mean CSAT,
 * lowest first, then by the upper end of the mean's 95% interval (the surer low score first), then by more answers,
 * then by key. Each list holds at most ten groups.
 *
 * @param categories the lowest-scoring categories
 * @param agents the lowest-scoring agents
 * @param minimumSample the fewest answers a ranked group has
 */
public record TrainingNeeds(List<SatisfactionGroup> categories, List<SatisfactionGroup> agents, int minimumSample) {

    /** How many groups each list holds at most. */
    public static final int LIMIT = 10;

    /** Copies the lists. */
    public TrainingNeeds {
        categories = List.copyOf(categories);
        agents = List.copyOf(agents);
    }
}
