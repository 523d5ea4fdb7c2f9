package dev.crmkit;

import dev.crmkit.common.InvalidCommandException;
import dev.crmkit.common.TenantId;
import dev.crmkit.common.UserId;
import java.util.Locale;
import java.util.Optional;

/**
 * Who makes a call: a user of a tenant, as the host authenticated it, and the language it reads.
 *
 * @param tenantId the tenant
 * @param userId the host's id of the user
 * @param locale the language of messages, or {@code null} for the user's own (set on the user), else the tenant's default
 */
public record Actor(TenantId tenantId, UserId userId, Locale locale) {

    /** Checks the tenant and user are present. */
    public Actor {
        if (tenantId == null) {
            throw InvalidCommandException.single("tenantId", "NotNull");
        }
        if (userId == null) {
            throw InvalidCommandException.single("userId", "NotNull");
        }
    }

    /**
     * An actor that reads the tenant's default language.
     *
     * @param tenantId the tenant
     * @param userId the user
     * @return the actor
     */
    public static Actor of(TenantId tenantId, UserId userId) {
        return new Actor(tenantId, userId, null);
    }

    /**
     * An actor from the host's keys, reading the tenant's default language.
     *
     * @param tenantId the tenant's key
     * @param userId the user's id
     * @return the actor
     */
    public static Actor of(String tenantId, String userId) {
        return new Actor(TenantId.of(tenantId), UserId.of(userId), null);
    }

    /**
     * The same actor reading another language.
     *
     * @param newLocale the language, or {@code null} for the user's own, else the tenant's default
     * @return the actor
     */
    public Actor withLocale(Locale newLocale) {
        return new Actor(tenantId, userId, newLocale);
    }

    /**
     * The language the actor asked for.
     *
     * @return the locale, empty for the user's own, else the tenant's default
     */
    public Optional<Locale> preferredLocale() {
        return Optional.ofNullable(locale);
    }
}
