package dev.crmkit.casework;

import dev.crmkit.common.CatalogEntryId;
import dev.crmkit.common.UserId;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/**
 * Which surveys satisfaction statistics count: those issued (cases resolved) in a range of days in the tenant's time
 * zone, optionally of one team, one agent and one category (as they were at the resolution).
 *
 * @param from the first day
 * @param to the last day, not before {@code from}
 * @param teamId only this team's cases, or {@code null}
 * @param agentId only this agent's cases, or {@code null}
 * @param categoryId only cases of this category, or {@code null}
 */
public record SatisfactionQuery(
        @NotNull LocalDate from,
        @NotNull LocalDate to,
        CatalogEntryId teamId,
        UserId agentId,
        CatalogEntryId categoryId) {

    /**
     * Starts a query of a range of days; team, agent and category start open.
     *
     * @param from the first day
     * @param to the last day
     * @return a builder
     */
    public static Builder builder(LocalDate from, LocalDate to) {
        Builder builder = new Builder();
        builder.from = from;
        builder.to = to;
        return builder;
    }

    /** Builds a {@link SatisfactionQuery}, one named step per part. */
    public static final class Builder {

        private LocalDate from;
        private LocalDate to;
        private CatalogEntryId teamId;
        private UserId agentId;
        private CatalogEntryId categoryId;

        private Builder() {}

        /**
         * @param value only this team's cases, or {@code null}
         * @return this builder
         */
        public Builder teamId(CatalogEntryId value) {
            this.teamId = value;
            return this;
        }

        /**
         * @param value only this agent's cases, or {@code null}
         * @return this builder
         */
        public Builder agentId(UserId value) {
            this.agentId = value;
            return this;
        }

        /**
         * @param value only cases of this category, or {@code null}
         * @return this builder
         */
        public Builder categoryId(CatalogEntryId value) {
            this.categoryId = value;
            return this;
        }

        /** @return the {@link SatisfactionQuery} of the steps so far, checked as any other when a use case receives it */
        public SatisfactionQuery build() {
            return new SatisfactionQuery(from, to, teamId, agentId, categoryId);
        }
    }
}
