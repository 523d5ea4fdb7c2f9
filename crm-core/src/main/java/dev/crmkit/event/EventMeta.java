package dev.crmkit.event;

import dev.crmkit.common.EventId;
import dev.crmkit.common.TenantId;
import dev.crmkit.common.UserId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What every event carries: its id, tenant, the acting user and the instant.
 *
 * @param eventId the stable id a consumer deduplicates by
 * @param tenantId the tenant
 * @param actor the acting user; {@code null} for host-level operations
 * @param occurredAt when the change happened (the unit of work's clock instant)
 */
public record EventMeta(EventId eventId, TenantId tenantId, UserId actor, Instant occurredAt) {

    /** Checks the mandatory parts. */
    public EventMeta {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(occurredAt, "occurredAt");
    }

    /**
     * The acting user.
     *
     * @return the user, empty for host-level operations
     */
    public Optional<UserId> actingUser() {
        return Optional.ofNullable(actor);
    }
}
