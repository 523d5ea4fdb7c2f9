package dev.crmkit.access;

import dev.crmkit.common.CatalogEntryId;
import dev.crmkit.common.UserId;
import dev.crmkit.common.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Locale;

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
 * @param locale the user's own language for messages and history, or {@code null} for the tenant's
 */
public record UpdateUser(
        @NotNull UserId userId,
        @NotBlank @Size(max = 200) String displayName,
        CatalogEntryId teamId,
        @NotNull AccessScope scope,
        boolean admin,
        @NotNull Version expectedVersion,
        Locale locale) {

    /**
     * An edit that leaves the user reading the tenant's language.
     *
     * @param userId the user
     * @param displayName the name shown to other users
     * @param teamId the user's team, or {@code null}
     * @param scope the account access scope
     * @param admin whether the user administers the tenant
     * @param expectedVersion the version the caller last saw
     */
    public UpdateUser(UserId userId, String displayName, CatalogEntryId teamId, AccessScope scope, boolean admin,
            Version expectedVersion) {
        this(userId, displayName, teamId, scope, admin, expectedVersion, null);
    }
}
