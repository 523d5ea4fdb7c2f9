package dev.crmkit.spi;

import dev.crmkit.common.AccountId;
import dev.crmkit.common.EventId;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** The account timelines of a unit of work's tenant: append-only but for deleting an account's whole line. */
public interface TimelineRepository {

    /**
     * Appends records.
     *
     * @param records the records
     */
    void append(List<TimelineRecord> records);

    /**
     * One page of an account's timeline, newest first: by the event's instant, then its id (unsigned), both
     * descending, before a position.
     *
     * @param accountId the account
     * @param before the previous page's last position, or {@code null} for the newest page
     * @param limit the most records to return
     * @return the records, newest first
     */
    List<TimelineRecord> page(AccountId accountId, TimelinePosition before, int limit);

    /**
     * Deletes an account's timeline.
     *
     * @param accountId the account
     */
    void deleteByAccount(AccountId accountId);

    /**
     * A keyset position in a timeline.
     *
     * @param occurredAt the last record's instant
     * @param eventId the last record's event id
     */
    record TimelinePosition(Instant occurredAt, EventId eventId) {

        /** Checks both parts are present. */
        public TimelinePosition {
            Objects.requireNonNull(occurredAt, "occurredAt");
            Objects.requireNonNull(eventId, "eventId");
        }
    }
}
