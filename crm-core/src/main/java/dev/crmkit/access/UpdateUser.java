package dev.crmkit.access;

import dev.crmkit.common.CatalogEntryId;
import dev.crmkit.common.UserId;
import dev.crmkit.common.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Changes a user's editable fields (administrators only). Every editable field is given: the command is
 * the user's new state, checked against the version the caller last saw.
 *
 * @param userId the user
 * @param displayName the name shown to other users
 * @param teamId the user's team, or {@code null}
 * @param scope the account access scope
 * @param admin whether the user administers the tenant
 * @param expectedVersion the version the caller last saw
 */
public record UpdateUser(
        @NotNull UserId userId,
        @NotBlank @Size(max = 200) String displayName,
        CatalogEntryId teamId,
        @NotNull AccessScope scope,
        boolean admin,
        @NotNull Version expectedVersion) {}
