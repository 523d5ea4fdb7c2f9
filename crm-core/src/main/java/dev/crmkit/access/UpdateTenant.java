package dev.crmkit.access;

import dev.crmkit.common.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.ZoneId;
import java.util.Locale;

/**
 * Changes the tenant's settings (administrators only).
 *
 * @param name the company's name
 * @param timeZone the tenant's time zone
 * @param defaultLocale the language of users that do not ask for one
 * @param otherClassificationName the tenant's name for the classification {@code OTHER}
 * @param expectedVersion the version the caller last saw
 */
public record UpdateTenant(
        @NotBlank @Size(max = 200) String name,
        @NotNull ZoneId timeZone,
        @NotNull Locale defaultLocale,
        @NotBlank @Size(max = 60) String otherClassificationName,
        @NotNull Version expectedVersion) {}
