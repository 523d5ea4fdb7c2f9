package dev.crmkit.spi;

import dev.crmkit.common.AccountId;
import dev.crmkit.event.DomainEvent;
import java.util.Objects;

/**
 * One event on one account's timeline, as a {@link TimelineRepository} stores it, with the names it mentions as
 * they were when it happened.
 *
 * @param accountId the account
 * @param event the event
 * @param actorName the acting user's name at the time, or {@code null}
 * @param subjectName the name of the stage a card event names, after its pipeline's ({@code "Sales / Proposal"}), at
 *     the time, or {@code null}
 */
public record TimelineRecord(AccountId accountId, DomainEvent event, String actorName, String subjectName) {

    /** Checks the account and the event are present. */
    public TimelineRecord {
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(event, "event");
    }

    /**
     * A record without names of the time (written before they were kept).
     *
     * @param accountId the account
     * @param event the event
     */
    public TimelineRecord(AccountId accountId, DomainEvent event) {
        this(accountId, event, null, null);
    }
}
