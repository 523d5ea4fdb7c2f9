package dev.crmkit.event;

import dev.crmkit.account.AccountQuery;
import dev.crmkit.common.FieldChange;
import dev.crmkit.common.SegmentId;
import dev.crmkit.common.UserId;
import java.util.List;

/** Events of a segment, a saved account query. */
public sealed interface SegmentEvent extends DomainEvent {

    /** @return the segment */
    SegmentId segmentId();

    @Override
    default AggregateRef aggregate() {
        return new AggregateRef("segment", segmentId().toString());
    }

    /**
     * A segment was saved.
     *
     * @param meta the metadata
     * @param segmentId the segment
     * @param owner its owner
     * @param name its name
     * @param shared whether every user of the tenant sees it
     * @param criteria its query
     */
    record SegmentCreated(EventMeta meta, SegmentId segmentId, UserId owner, String name, boolean shared,
            AccountQuery criteria) implements SegmentEvent {}

    /**
     * A segment was renamed, shared or unshared, or its query replaced.
     *
     * @param meta the metadata
     * @param segmentId the segment
     * @param name its name after the change
     * @param criteria its query after the change
     * @param changes the changed fields ({@code name}, {@code shared}, {@code criteria})
     */
    record SegmentUpdated(EventMeta meta, SegmentId segmentId, String name, AccountQuery criteria, List<FieldChange> changes)
            implements SegmentEvent {

        /** Copies the changes. */
        public SegmentUpdated {
            changes = List.copyOf(changes);
        }
    }

    /**
     * A segment was deleted.
     *
     * @param meta the metadata
     * @param segmentId the segment
     * @param name its name
     */
    record SegmentDeleted(EventMeta meta, SegmentId segmentId, String name) implements SegmentEvent {}
}
