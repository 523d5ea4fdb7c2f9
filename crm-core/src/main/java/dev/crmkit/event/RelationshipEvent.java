package dev.crmkit.event;

import dev.crmkit.common.AccountId;
import dev.crmkit.common.CatalogEntryId;
import dev.crmkit.common.RelationshipId;
import java.util.Set;

/** Events of a relationship; they show on the timelines of both its accounts. */
public sealed interface RelationshipEvent extends DomainEvent, TimelineEvent {

    /** @return the relationship */
    RelationshipId relationshipId();

    /** @return the account that holds it */
    AccountId from();

    /** @return the related account */
    AccountId to();

    @Override
    default AggregateRef aggregate() {
        return new AggregateRef("relationship", relationshipId().toString());
    }

    @Override
    default Set<AccountId> timelineAccounts() {
        return Set.of(from(), to());
    }

    /**
     * Two accounts were related.
     *
     * @param meta the metadata
     * @param relationshipId the relationship
     * @param from the holding account
     * @param to the related account
     * @param typeId the relationship type
     * @param reason the reason, or {@code null}
     */
    record RelationshipCreated(
            EventMeta meta, RelationshipId relationshipId, AccountId from, AccountId to, CatalogEntryId typeId, String reason)
            implements RelationshipEvent {}

    /**
     * A relationship was removed.
     *
     * @param meta the metadata
     * @param relationshipId the relationship
     * @param from the holding account
     * @param to the related account
     * @param typeId the relationship type
     */
    record RelationshipRemoved(EventMeta meta, RelationshipId relationshipId, AccountId from, AccountId to, CatalogEntryId typeId)
            implements RelationshipEvent {}
}
