package dev.crmkit.event;

import dev.crmkit.common.FieldChange;
import dev.crmkit.common.TenantId;
import java.util.List;

/** Events of a tenant's agenda settings. */
public sealed interface AgendaSettingsEvent extends DomainEvent {

    @Override
    default AggregateRef aggregate() {
        return new AggregateRef("agenda-settings", meta().tenantId().value());
    }

    /**
     * The agenda settings changed.
     *
     * @param meta the metadata
     * @param tenantId the tenant
     * @param changes the changed settings
     */
    record AgendaSettingsChanged(EventMeta meta, TenantId tenantId, List<FieldChange> changes) implements AgendaSettingsEvent {

        /** Copies the changes. */
        public AgendaSettingsChanged {
            changes = List.copyOf(changes);
        }
    }
}
