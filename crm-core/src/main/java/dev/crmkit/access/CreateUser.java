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

    /**
     * Starts a {@link CreateUser} from its required parts; every other part starts empty
     * ({@code null}, an empty collection, false).
     *
     * @param userId the host's id of the user
     * @param displayName the name shown to other users
     * @param scope the account access scope
     * @return a builder
     */
    public static Builder builder(UserId userId, String displayName, AccessScope scope) {
        Builder builder = new Builder();
        builder.userId = userId;
        builder.displayName = displayName;
        builder.scope = scope;
        return builder;
    }

    /**
     * Starts a builder from this {@link CreateUser}: every part as it is here, for the steps to change some.
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
        builder.locale = locale;
        return builder;
    }

    /**
     * Builds a {@link CreateUser}, one named step per part. Collection steps take a collection or values, and
     * replace what an earlier step gave.
     */
    public static final class Builder {

        private UserId userId;
        private String displayName;
        private CatalogEntryId teamId;
        private AccessScope scope;
        private boolean admin;
        private Locale locale;

        private Builder() {}

        /**
         * @param value the host's id of the user
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
         * @param value the user's team (a {@code TEAM} catalog entry), or {@code null}
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
         * @param value the user's own language for messages and history, or {@code null} for the tenant's
         * @return this builder
         */
        public Builder locale(Locale value) {
            this.locale = value;
            return this;
        }

        /** @return the {@link CreateUser} of the steps so far, checked as any other when a use case receives it */
        public CreateUser build() {
            return new CreateUser(userId, displayName, teamId, scope, admin, locale);
        }
    }
}
