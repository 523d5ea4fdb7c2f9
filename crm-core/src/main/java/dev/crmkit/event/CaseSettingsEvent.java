package dev.crmkit.event;

import dev.crmkit.common.FieldChange;
import java.util.List;

/** Events of the tenant's settings of cases. */
public sealed interface CaseSettingsEvent extends DomainEvent {

    @Override
    default AggregateRef aggregate() {
        return new AggregateRef("case-settings", meta().tenantId().value());
    }

    /**
     * The settings of cases changed.
     *
     * @param meta the metadata
     * @param changes the changed settings
     */
    record CaseSettingsChanged(EventMeta meta, List<FieldChange> changes) implements CaseSettingsEvent {

        /** Copies the changes. */
        public CaseSettingsChanged {
            changes = List.copyOf(changes);
        }
    }

    /**
     * The service levels changed: business hours, targets or the at-risk share.
     *
     * @param meta the metadata
     * @param changes the changed settings
     */
    record SlaSettingsChanged(EventMeta meta, List<FieldChange> changes) implements CaseSettingsEvent {

        /** Copies the changes. */
        public SlaSettingsChanged {
            changes = List.copyOf(changes);
        }
    }
}
