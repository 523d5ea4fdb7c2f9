package dev.crmkit.spi;

import dev.crmkit.common.AccountId;
import dev.crmkit.event.DomainEvent;
import java.util.Map;
import java.util.Objects;

/**
 * One event on one account's timeline, as a {@link TimelineRepository} stores it, with the names it mentions as
 * they were when it happened.
 *
 * @param accountId the account
 * @param event the event
 * @param actorName the acting user's name at the time, or {@code null}
 * @param names the names of the time of the stages, labels and users the event mentions, by id (a stage after its
 *     pipeline's name, {@code "Sales / Proposal"}); empty when none was kept. Accounts are never kept here: an account
 *     is named on reading, and only to a reader who sees it.
 */
public record TimelineRecord(AccountId accountId, DomainEvent event, String actorName, Map<String, String> names) {

    /** Checks the account and the event are present, and copies the names. */
    public TimelineRecord {
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(event, "event");
        names = names == null ? Map.of() : Map.copyOf(names);
    }

    /**
     * A record without names of the time (written before they were kept).
     *
     * @param accountId the account
     * @param event the event
     */
    public TimelineRecord(AccountId accountId, DomainEvent event) {
        this(accountId, event, null, Map.of());
    }
}
