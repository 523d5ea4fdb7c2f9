package dev.crmkit.spi;

import dev.crmkit.common.TenantId;
import java.util.Objects;

/**
 * One tenant's outbox as the cross-tenant sweep sees it ({@link CrmStore#outboxBacklog}).
 *
 * @param tenantId the tenant
 * @param due events that are not parked and not waiting for a later attempt (some may still wait behind an
 *     earlier event of their aggregate)
 * @param parked parked events
 */
public record OutboxBacklog(TenantId tenantId, long due, long parked) {

    /** Checks the tenant is present. */
    public OutboxBacklog {
        Objects.requireNonNull(tenantId, "tenantId");
    }
}
