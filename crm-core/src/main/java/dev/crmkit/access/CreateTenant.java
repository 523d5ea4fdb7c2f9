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
        @NotBlank @Size(max = 200) String adminDisplayName) {

    /**
     * Starts a {@link CreateTenant} from its required parts; every other part starts empty
     * ({@code null}, an empty collection).
     *
     * @param tenantId the host's key of the tenant
     * @param name the company's name
     * @param timeZone the tenant's time zone
     * @param adminUserId the host's id of the first administrator
     * @return a builder
     */
    public static Builder builder(TenantId tenantId, String name, ZoneId timeZone, UserId adminUserId) {
        Builder builder = new Builder();
        builder.tenantId = tenantId;
        builder.name = name;
        builder.timeZone = timeZone;
        builder.adminUserId = adminUserId;
        return builder;
    }

    /**
     * Starts a builder from this {@link CreateTenant}: every part as it is here, for the steps to change some.
     *
     * @return a builder holding this record's parts
     */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.tenantId = tenantId;
        builder.name = name;
        builder.timeZone = timeZone;
        builder.defaultLocale = defaultLocale;
        builder.otherClassificationName = otherClassificationName;
        builder.adminUserId = adminUserId;
        builder.adminDisplayName = adminDisplayName;
        return builder;
    }

    /**
     * Builds a {@link CreateTenant}, one named step per part. Collection steps take a collection or values, and
     * replace what an earlier step gave.
     */
    public static final class Builder {

        private TenantId tenantId;
        private String name;
        private ZoneId timeZone;
        private Locale defaultLocale;
        private String otherClassificationName;
        private UserId adminUserId;
        private String adminDisplayName;

        private Builder() {}

        /**
         * @param value the host's key of the tenant
         * @return this builder
         */
        public Builder tenantId(TenantId value) {
            this.tenantId = value;
            return this;
        }

        /**
         * @param value the company's name
         * @return this builder
         */
        public Builder name(String value) {
            this.name = value;
            return this;
        }

        /**
         * @param value the tenant's time zone
         * @return this builder
         */
        public Builder timeZone(ZoneId value) {
            this.timeZone = value;
            return this;
        }

        /**
         * @param value the language of users that do not ask for one
         * @return this builder
         */
        public Builder defaultLocale(Locale value) {
            this.defaultLocale = value;
            return this;
        }

        /**
         * @param value the tenant's name for the classification {@code OTHER}
         * @return this builder
         */
        public Builder otherClassificationName(String value) {
            this.otherClassificationName = value;
            return this;
        }

        /**
         * @param value the host's id of the first administrator
         * @return this builder
         */
        public Builder adminUserId(UserId value) {
            this.adminUserId = value;
            return this;
        }

        /**
         * @param value the first administrator's display name
         * @return this builder
         */
        public Builder adminDisplayName(String value) {
            this.adminDisplayName = value;
            return this;
        }

        /** @return the {@link CreateTenant} of the steps so far, checked as any other when a use case receives it */
        public CreateTenant build() {
            return new CreateTenant(tenantId, name, timeZone, defaultLocale, otherClassificationName, adminUserId, adminDisplayName);
        }
    }
}
