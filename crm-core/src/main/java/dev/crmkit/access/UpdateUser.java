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

    /**
     * Starts a {@link UpdateUser} from its required parts; every other part starts empty
     * ({@code null}, an empty collection, false).
     *
     * @param userId the user
     * @param displayName the name shown to other users
     * @param scope the account access scope
     * @param expectedVersion the version the caller last saw
     * @return a builder
     */
    public static Builder builder(UserId userId, String displayName, AccessScope scope, Version expectedVersion) {
        Builder builder = new Builder();
        builder.userId = userId;
        builder.displayName = displayName;
        builder.scope = scope;
        builder.expectedVersion = expectedVersion;
        return builder;
    }

    /**
     * Starts an edit of a user as it was read: every part as the user holds it, its version expected.
     *
     * @param user the user as read
     * @return a builder holding the user's parts, for the steps to change some
     */
    public static Builder from(CrmUser user) {
        return builder(user.id(), user.displayName(), user.scope(), user.version())
                .teamId(user.teamId().orElse(null))
                .admin(user.admin())
                .locale(user.locale().orElse(null));
    }

    /**
     * Starts a builder from this {@link UpdateUser}: every part as it is here, for the steps to change some.
     *
     * @return a builder holding this record's parts
     */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.userId = userId;
        builder.displayName = displayName;
        builder.teamId = teamId;
        builder.scope = scope;
        builder.admin = admin;
        builder.expectedVersion = expectedVersion;
        builder.locale = locale;
        return builder;
    }

    /**
     * Builds a {@link UpdateUser}, one named step per part. Collection steps take a collection or values, and
     * replace what an earlier step gave.
     */
    public static final class Builder {

        private UserId userId;
        private String displayName;
        private CatalogEntryId teamId;
        private AccessScope scope;
        private boolean admin;
        private Version expectedVersion;
        private Locale locale;

        private Builder() {}

        /**
         * @param value the user
         * @return this builder
         */
        public Builder userId(UserId value) {
            this.userId = value;
            return this;
        }

        /**
         * @param value the name shown to other users
         * @return this builder
         */
        public Builder displayName(String value) {
            this.displayName = value;
            return this;
        }

        /**
         * @param value the user's team, or {@code null}
         * @return this builder
         */
        public Builder teamId(CatalogEntryId value) {
            this.teamId = value;
            return this;
        }

        /**
         * @param value the account access scope
         * @return this builder
         */
        public Builder scope(AccessScope value) {
            this.scope = value;
            return this;
        }

        /**
         * @param value whether the user administers the tenant
         * @return this builder
         */
        public Builder admin(boolean value) {
            this.admin = value;
            return this;
        }

        /**
         * @param value the version the caller last saw
         * @return this builder
         */
        public Builder expectedVersion(Version value) {
            this.expectedVersion = value;
            return this;
        }

        /**
         * @param value the user's own language for messages and history, or {@code null} for the tenant's
         * @return this builder
         */
        public Builder locale(Locale value) {
            this.locale = value;
            return this;
        }

        /** @return the {@link UpdateUser} of the steps so far, checked as any other when a use case receives it */
        public UpdateUser build() {
            return new UpdateUser(userId, displayName, teamId, scope, admin, expectedVersion, locale);
        }
    }
}
