package dev.crmkit.casework;

import dev.crmkit.common.AccountId;
import dev.crmkit.common.CatalogEntryId;
import dev.crmkit.common.UserId;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

/**
 * A query over the case queue: the cases the actor reaches (through their accounts' scope, or as their assignee).
 * Every filter is optional; given filters all apply (AND), and a filter with several values accepts any of them (OR):
 *
 * <ul>
 *   <li>{@code statuses}, {@code priorities}, {@code assignees}, {@code teams}, {@code categories}, {@code accounts}:
 *       the case's is one of them (a case without one matches none);
 *   <li>{@code slaStates}: the first-response or the resolution clock is in one of these states at the instant of the
 *       query;
 *   <li>{@code openedFrom} (inclusive) to {@code openedTo} (exclusive): when the case was opened.
 * </ul>
 *
 * <p>Ordered by {@link ServiceCase#queueDueAt()}, the earliest first, then by id; cases without a due time come last.
 * One page of {@code pageSize} cases (1 to 500) after {@code cursor}. Build it with {@link #builder()}.
 *
 * @param statuses the statuses accepted
 * @param priorities the priorities accepted
 * @param assignees the assignees accepted
 * @param teams the teams accepted
 * @param categories the categories accepted
 * @param slaStates the service-level states accepted
 * @param accounts the accounts accepted
 * @param openedFrom the first opening instant accepted, or {@code null}
 * @param openedTo the opening instant from which cases are no longer accepted, or {@code null}
 * @param pageSize the page size
 * @param cursor the previous page's cursor, or {@code null} for the first page
 */
public record CaseQueue(
        @Size(max = 20) Set<CaseStatus> statuses,
        @Size(max = 200) Set<CatalogEntryId> priorities,
        @Size(max = 200) Set<UserId> assignees,
        @Size(max = 200) Set<CatalogEntryId> teams,
        @Size(max = 200) Set<CatalogEntryId> categories,
        @Size(max = 20) Set<SlaState> slaStates,
        @Size(max = 200) Set<AccountId> accounts,
        Instant openedFrom,
        Instant openedTo,
        @Min(1) @Max(500) int pageSize,
        @Size(max = 2000) String cursor) {

    /** The page size when none is given. */
    public static final int DEFAULT_PAGE_SIZE = 50;

    /** Copies the sets; a missing one means no filter. */
    public CaseQueue {
        statuses = copy(statuses);
        priorities = copy(priorities);
        assignees = copy(assignees);
        teams = copy(teams);
        categories = copy(categories);
        slaStates = copy(slaStates);
        accounts = copy(accounts);
    }

    private static <T> Set<T> copy(Set<T> values) {
        // A set holding null is kept as it is, for validation to name.
        return values == null ? Set.of() : values.stream().anyMatch(Objects::isNull) ? values : Set.copyOf(values);
    }

    /** @return a builder of a query with no filter, 50 a page */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The same query for the page after a cursor.
     *
     * @param nextCursor the cursor a page returned
     * @return the query of the next page
     */
    public CaseQueue after(String nextCursor) {
        return new CaseQueue(statuses, priorities, assignees, teams, categories, slaStates, accounts, openedFrom, openedTo,
                pageSize, nextCursor);
    }

    /** Builds a {@link CaseQueue}. */
    public static final class Builder {

        private final Set<CaseStatus> statuses = new LinkedHashSet<>();
        private final Set<CatalogEntryId> priorities = new LinkedHashSet<>();
        private final Set<UserId> assignees = new LinkedHashSet<>();
        private final Set<CatalogEntryId> teams = new LinkedHashSet<>();
        private final Set<CatalogEntryId> categories = new LinkedHashSet<>();
        private final Set<SlaState> slaStates = new LinkedHashSet<>();
        private final Set<AccountId> accounts = new LinkedHashSet<>();
        private Instant openedFrom;
        private Instant openedTo;
        private int pageSize = DEFAULT_PAGE_SIZE;
        private String cursor;

        private Builder() {}

        /**
         * @param values the statuses accepted
         * @return this builder
         */
        public Builder statuses(CaseStatus... values) {
            return statuses(Arrays.asList(values));
        }

        /**
         * @param values the statuses accepted
         * @return this builder
         */
        public Builder statuses(Collection<CaseStatus> values) {
            statuses.clear();
            statuses.addAll(values);
            return this;
        }

        /**
         * @param values the priorities accepted
         * @return this builder
         */
        public Builder priorities(Collection<CatalogEntryId> values) {
            priorities.clear();
            priorities.addAll(values);
            return this;
        }

        /**
         * @param values the assignees accepted
         * @return this builder
         */
        public Builder assignees(Collection<UserId> values) {
            assignees.clear();
            assignees.addAll(values);
            return this;
        }

        /**
         * @param values the teams accepted
         * @return this builder
         */
        public Builder teams(Collection<CatalogEntryId> values) {
            teams.clear();
            teams.addAll(values);
            return this;
        }

        /**
         * @param values the categories accepted
         * @return this builder
         */
        public Builder categories(Collection<CatalogEntryId> values) {
            categories.clear();
            categories.addAll(values);
            return this;
        }

        /**
         * @param values the service-level states accepted
         * @return this builder
         */
        public Builder slaStates(SlaState... values) {
            return slaStates(Arrays.asList(values));
        }

        /**
         * @param values the service-level states accepted
         * @return this builder
         */
        public Builder slaStates(Collection<SlaState> values) {
            slaStates.clear();
            slaStates.addAll(values);
            return this;
        }

        /**
         * @param values the accounts accepted
         * @return this builder
         */
        public Builder accounts(Collection<AccountId> values) {
            accounts.clear();
            accounts.addAll(values);
            return this;
        }

        /**
         * @param from the first opening instant accepted, or {@code null}
         * @param to the opening instant from which cases are no longer accepted, or {@code null}
         * @return this builder
         */
        public Builder opened(Instant from, Instant to) {
            this.openedFrom = from;
            this.openedTo = to;
            return this;
        }

        /**
         * @param value the page size, 1 to 500
         * @return this builder
         */
        public Builder pageSize(int value) {
            this.pageSize = value;
            return this;
        }

        /**
         * @param value the previous page's cursor, or {@code null}
         * @return this builder
         */
        public Builder cursor(String value) {
            this.cursor = value;
            return this;
        }

        /** @return the query */
        public CaseQueue build() {
            return new CaseQueue(statuses, priorities, assignees, teams, categories, slaStates, accounts, openedFrom, openedTo,
                    pageSize, cursor);
        }
    }
}
