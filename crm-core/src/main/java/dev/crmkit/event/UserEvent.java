package dev.crmkit.event;

import dev.crmkit.access.AccessScope;
import dev.crmkit.common.CatalogEntryId;
import dev.crmkit.common.FieldChange;
import dev.crmkit.common.UserId;
import java.util.List;

/** Events of a CRM user. */
public sealed interface UserEvent extends DomainEvent {

    /** @return the user */
    UserId userId();

    @Override
    default AggregateRef aggregate() {
        return new AggregateRef("user", userId().value());
    }

    /**
     * A user was registered.
     *
     * @param meta the metadata
     * @param userId the user
     * @param displayName the display name
     * @param teamId the team, or {@code null}
     * @param scope the access scope
     * @param admin the admin flag
     */
    record UserCreated(
            EventMeta meta, UserId userId, String displayName, CatalogEntryId teamId, AccessScope scope, boolean admin)
            implements UserEvent {}

    /**
     * A user's fields changed (activation included).
     *
     * @param meta the metadata
     * @param userId the user
     * @param changes the changed fields
     */
    record UserUpdated(EventMeta meta, UserId userId, List<FieldChange> changes) implements UserEvent {

        /** Copies the changes. */
        public UserUpdated {
            changes = List.copyOf(changes);
        }
    }
}
