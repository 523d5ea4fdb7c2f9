package dev.crmkit.campaign;

import dev.crmkit.common.UserId;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * How a visits or calls campaign plans its members into the agenda, on the tenant's working days within the period,
 * one entry a member, with at most {@code dailyCapacity} entries a user a day.
 */
public sealed interface VisitPlan {

    /** The highest daily capacity. */
    int MAX_CAPACITY = 500;

    /** @return the most entries one user gets on one day */
    int dailyCapacity();

    /**
     * Each member goes to its account's responsible (the first by id when there are several; the campaign's owner
     * when there is none).
     *
     * @param dailyCapacity the most entries a user gets a day
     */
    record ByResponsible(@Positive @Max(MAX_CAPACITY) int dailyCapacity) implements VisitPlan {}

    /**
     * The members are spread over a team.
     *
     * @param users the team's users, each once, active users of the tenant
     * @param dailyCapacity the most entries a user gets a day
     */
    record ByTeam(@NotEmpty @Size(max = 100) List<@NotNull UserId> users, @Positive @Max(MAX_CAPACITY) int dailyCapacity)
            implements VisitPlan {

        /** Copies the users, keeping a null one for validation to name. */
        public ByTeam {
            users = users == null ? null : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(users));
        }
    }
}
