package dev.crmkit.event;

import dev.crmkit.catalog.CatalogKind;
import dev.crmkit.common.CatalogEntryId;
import dev.crmkit.common.FieldChange;
import java.util.List;

/** Events of a catalog entry. */
public sealed interface CatalogEvent extends DomainEvent {

    /** @return the entry */
    CatalogEntryId entryId();

    /** @return the entry's kind */
    CatalogKind kind();

    @Override
    default AggregateRef aggregate() {
        return new AggregateRef("catalog-entry", entryId().toString());
    }

    /**
     * An entry was created.
     *
     * @param meta the metadata
     * @param entryId the entry
     * @param kind the kind
     * @param name the name
     */
    record CatalogEntryCreated(EventMeta meta, CatalogEntryId entryId, CatalogKind kind, String name)
            implements CatalogEvent {}

    /**
     * An entry changed: renamed, its choices replaced, deactivated or activated.
     *
     * @param meta the metadata
     * @param entryId the entry
     * @param kind the kind
     * @param changes the changed fields
     */
    record CatalogEntryChanged(EventMeta meta, CatalogEntryId entryId, CatalogKind kind, List<FieldChange> changes)
            implements CatalogEvent {

        /** Copies the changes. */
        public CatalogEntryChanged {
            changes = List.copyOf(changes);
        }
    }

    /**
     * An entry was deleted.
     *
     * @param meta the metadata
     * @param entryId the entry
     * @param kind the kind
     * @param name the name it had
     */
    record CatalogEntryDeleted(EventMeta meta, CatalogEntryId entryId, CatalogKind kind, String name)
            implements CatalogEvent {}
}
