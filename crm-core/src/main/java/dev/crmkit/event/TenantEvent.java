package dev.crmkit.event;

import dev.crmkit.common.FieldChange;
import dev.crmkit.common.TenantId;
import java.util.List;

/** Events of a tenant. */
public sealed interface TenantEvent extends DomainEvent {

    /** @return the tenant */
    TenantId tenantId();

    @Override
    default AggregateRef aggregate() {
        return new AggregateRef("tenant", tenantId().value());
    }

    /**
     * A tenant was created (with its first administrator, announced by its own {@link UserEvent.UserCreated}).
     *
     * @param meta the metadata
     * @param tenantId the tenant
     * @param name the company's name
     */
    record TenantCreated(EventMeta meta, TenantId tenantId, String name) implements TenantEvent {}

    /**
     * A tenant's settings changed.
     *
     * @param meta the metadata
     * @param tenantId the tenant
     * @param changes the changed fields
     */
    record TenantUpdated(EventMeta meta, TenantId tenantId, List<FieldChange> changes) implements TenantEvent {

        /** Copies the changes. */
        public TenantUpdated {
            changes = List.copyOf(changes);
        }
    }
}
