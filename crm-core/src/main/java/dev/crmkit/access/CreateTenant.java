package dev.crmkit.access;

import dev.crmkit.common.TenantId;
import dev.crmkit.common.UserId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.ZoneId;
import java.util.Locale;

/**
 * Creates a tenant together with its first administrator (a host-level operation: the host decides which
 * companies it serves).
 *
 * @param tenantId the host's key of the tenant
 * @param name the company's name
 * @param timeZone the tenant's time zone
 * @param defaultLocale the language of users that do not ask for one
 * @param otherClassificationName the tenant's name for the classification {@code OTHER}
 * @param adminUserId the host's id of the first administrator
 * @param adminDisplayName the first administrator's display name
 */
public record CreateTenant(
        @NotNull TenantId tenantId,
        @NotBlank @Size(max = 200) String name,
        @NotNull ZoneId timeZone,
        @NotNull Locale defaultLocale,
        @NotBlank @Size(max = 60) String otherClassificationName,
        @NotNull UserId adminUserId,
        @NotBlank @Size(max = 200) String adminDisplayName) {}
