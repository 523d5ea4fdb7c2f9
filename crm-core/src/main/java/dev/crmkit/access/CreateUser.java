package dev.crmkit.access;

import dev.crmkit.common.CatalogEntryId;
import dev.crmkit.common.UserId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Locale;

/**
 * Registers one of the host's users with the CRM (administrators only).
 *
 * @param userId the host's id of the user
 * @param displayName the name shown to other users
 * @param teamId the user's team (a {@code TEAM} catalog entry), or {@code null}
 * @param scope the account access scope
 * @param admin whether the user administers the tenant
 * @param locale the user's own language for messages and history, or {@code null} for the tenant's
 */
public record CreateUser(
        @NotNull UserId userId,
        @NotBlank @Size(max = 200) String displayName,
        CatalogEntryId teamId,
        @NotNull AccessScope scope,
        boolean admin,
        Locale locale) {

    /**
     * A user who reads the tenant's language.
     *
     * @param userId the host's id of the user
     * @param displayName the name shown to other users
     * @param teamId the user's team, or {@code null}
     * @param scope the account access scope
     * @param admin whether the user administers the tenant
     */
    public CreateUser(UserId userId, String displayName, CatalogEntryId teamId, AccessScope scope, boolean admin) {
        this(userId, displayName, teamId, scope, admin, null);
    }
}
