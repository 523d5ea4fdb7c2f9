package dev.crmkit.spi;

import dev.crmkit.common.AccountId;
import dev.crmkit.event.DomainEvent;
import java.util.Objects;

/**
 * One event on one account's timeline, as a {@link TimelineRepository} stores it.
 *
 * @param accountId the account
 * @param event the event
 */
public record TimelineRecord(AccountId accountId, DomainEvent event) {

    /** Checks both parts are present. */
    public TimelineRecord {
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(event, "event");
    }
}
