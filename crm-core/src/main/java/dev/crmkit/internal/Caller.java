package dev.crmkit.internal;

import dev.crmkit.common.TenantId;
import dev.crmkit.common.UserId;
import java.util.Locale;

/**
 * Whom a use case runs for: the entry point's actor as the machinery sees it, so that no capability depends on the
 * entry point.
 *
 * @param tenantId the actor's tenant
 * @param userId the acting user
 * @param locale the locale the call names, or {@code null} to take the user's, else the tenant's
 */
public record Caller(TenantId tenantId, UserId userId, Locale locale) {}
