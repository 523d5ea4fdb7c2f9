package dev.crmkit.spi;

import dev.crmkit.access.AccountAccess;
import dev.crmkit.casework.CaseQueue;
import dev.crmkit.casework.ServiceCase;
import dev.crmkit.common.CaseId;
import dev.crmkit.common.UserId;
import java.time.Instant;
import java.util.Comparator;
import java.util.Objects;
import java.util.Set;

/**
 * A case-queue query as an adapter receives it. An adapter returns the cases that {@link #matches} accepts and the
 * actor reaches (the account's {@code access} admits it, or its assignee is {@code actor}), in {@link #ORDER}.
 *
 * <p>The service-level states are those of {@link ServiceCase#firstResponseState} and
 * {@link ServiceCase#resolutionState} at {@code now}: both derive from the clocks' stored instants and the status only,
 * so an adapter compares those instants with {@code now} in its own query language.
 *
 * @param query the filters
 * @param access the actor's access predicate over the accounts
 * @param actor the actor, who also reaches the cases assigned to them
 * @param now the instant the service-level states are read at
 */
public record CaseCriteria(CaseQueue query, AccountAccess access, UserId actor, Instant now) {

    /** By {@link ServiceCase#queueDueAt()}, cases without one last, then by id (compared unsigned). */
    public static final Comparator<ServiceCase> ORDER = Comparator
            .comparing((ServiceCase c) -> c.queueDueAt().orElse(null), Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(ServiceCase::id, CaseCriteria::compareUnsigned);

    /** Checks the parts. */
    public CaseCriteria {
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(access, "access");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(now, "now");
    }

    /**
     * Whether a case passes the filters (the access predicate apart).
     *
     * @param c the case
     * @return {@code true} when every given filter accepts it
     */
    public boolean matches(ServiceCase c) {
        CaseQueue q = query;
        return (q.statuses().isEmpty() || q.statuses().contains(c.status()))
                && (q.priorities().isEmpty() || has(q.priorities(), c.details().priorityId()))
                && (q.assignees().isEmpty() || has(q.assignees(), c.details().assigneeId()))
                && (q.teams().isEmpty() || has(q.teams(), c.details().teamId()))
                && (q.categories().isEmpty() || has(q.categories(), c.details().categoryId()))
                && (q.accounts().isEmpty() || q.accounts().contains(c.accountId()))
                && (q.openedFrom() == null || !c.createdAt().isBefore(q.openedFrom()))
                && (q.openedTo() == null || c.createdAt().isBefore(q.openedTo()))
                && (q.slaStates().isEmpty() || q.slaStates().contains(c.firstResponseState(now))
                        || q.slaStates().contains(c.resolutionState(now)));
    }

    /** Whether a set holds a value, none holding {@code null} (an immutable set refuses to be asked about it). */
    private static boolean has(Set<?> set, Object value) {
        return value != null && set.contains(value);
    }

    /**
     * Whether a case comes after a position in {@link #ORDER}.
     *
     * @param c the case
     * @param after the position, or {@code null} for the first page
     * @return {@code true} when it comes after
     */
    public static boolean isAfter(ServiceCase c, QueuePosition after) {
        if (after == null) {
            return true;
        }
        Instant due = c.queueDueAt().orElse(null);
        if (after.dueAt() == null) {
            return due == null && compareUnsigned(c.id(), after.id()) > 0;
        }
        if (due == null) {
            return true;
        }
        int byDue = due.compareTo(after.dueAt());
        return byDue > 0 || (byDue == 0 && compareUnsigned(c.id(), after.id()) > 0);
    }

    /** Ids compared as unsigned 128-bit numbers, as the databases compare uuids. */
    static int compareUnsigned(CaseId a, CaseId b) {
        int high = Long.compareUnsigned(a.value().getMostSignificantBits(), b.value().getMostSignificantBits());
        return high != 0 ? high : Long.compareUnsigned(a.value().getLeastSignificantBits(), b.value().getLeastSignificantBits());
    }

    /**
     * A position in the queue: the last case of a page.
     *
     * @param dueAt its due time, or {@code null} when it has none
     * @param id its id
     */
    public record QueuePosition(Instant dueAt, CaseId id) {

        /** Checks the id. */
        public QueuePosition {
            Objects.requireNonNull(id, "id");
        }

        /**
         * The position of a case.
         *
         * @param c the case
         * @return its position
         */
        public static QueuePosition of(ServiceCase c) {
            return new QueuePosition(c.queueDueAt().orElse(null), c.id());
        }
    }
}
