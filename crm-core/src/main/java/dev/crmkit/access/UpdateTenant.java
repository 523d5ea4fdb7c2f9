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
        @NotNull Version expectedVersion) {

    /**
     * Starts a {@link UpdateTenant} from its required parts; every other part starts empty
     * ({@code null}, an empty collection).
     *
     * @param name the company's name
     * @param timeZone the tenant's time zone
     * @param expectedVersion the version the caller last saw
     * @return a builder
     */
    public static Builder builder(String name, ZoneId timeZone, Version expectedVersion) {
        Builder builder = new Builder();
        builder.name = name;
        builder.timeZone = timeZone;
        builder.expectedVersion = expectedVersion;
        return builder;
    }

    /**
     * Starts an edit of a tenant as it was read: every setting as the tenant holds it, its version expected.
     *
     * @param tenant the tenant as read
     * @return a builder holding the tenant's settings, for the steps to change some
     */
    public static Builder from(Tenant tenant) {
        return builder(tenant.name(), tenant.timeZone(), tenant.version())
                .defaultLocale(tenant.defaultLocale())
                .otherClassificationName(tenant.otherClassificationName());
    }

    /**
     * Starts a builder from this {@link UpdateTenant}: every part as it is here, for the steps to change some.
     *
     * @return a builder holding this record's parts
     */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.name = name;
        builder.timeZone = timeZone;
        builder.defaultLocale = defaultLocale;
        builder.otherClassificationName = otherClassificationName;
        builder.expectedVersion = expectedVersion;
        return builder;
    }

    /**
     * Builds a {@link UpdateTenant}, one named step per part. Collection steps take a collection or values, and
     * replace what an earlier step gave.
     */
    public static final class Builder {

        private String name;
        private ZoneId timeZone;
        private Locale defaultLocale;
        private String otherClassificationName;
        private Version expectedVersion;

        private Builder() {}

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
         * @param value the version the caller last saw
         * @return this builder
         */
        public Builder expectedVersion(Version value) {
            this.expectedVersion = value;
            return this;
        }

        /** @return the {@link UpdateTenant} of the steps so far, checked as any other when a use case receives it */
        public UpdateTenant build() {
            return new UpdateTenant(name, timeZone, defaultLocale, otherClassificationName, expectedVersion);
        }
    }
}
