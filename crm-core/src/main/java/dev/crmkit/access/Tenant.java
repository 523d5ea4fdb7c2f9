package dev.crmkit.access;

import dev.crmkit.common.Changed;
import dev.crmkit.common.Changes;
import dev.crmkit.common.TenantId;
import dev.crmkit.common.Version;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Objects;

/**
 * A tenant: one company the host serves. Immutable; edits return a new state.
 *
 * <p>Its time zone decides what "today" and "overdue" mean for its agenda; its default locale is the
 * language of its users that do not ask for one; and it names the fourth account classification,
 * {@code OTHER}, itself.
 */
public final class Tenant {

    private final TenantId id;
    private final String name;
    private final ZoneId timeZone;
    private final Locale defaultLocale;
    private final String otherClassificationName;
    private final Instant createdAt;
    private final Version version;

    private Tenant(
            TenantId id,
            String name,
            ZoneId timeZone,
            Locale defaultLocale,
            String otherClassificationName,
            Instant createdAt,
            Version version) {
        this.id = Objects.requireNonNull(id, "id");
        this.name = Objects.requireNonNull(name, "name");
        this.timeZone = Objects.requireNonNull(timeZone, "timeZone");
        this.defaultLocale = Objects.requireNonNull(defaultLocale, "defaultLocale");
        this.otherClassificationName = Objects.requireNonNull(otherClassificationName, "otherClassificationName");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.version = Objects.requireNonNull(version, "version");
    }

    /**
     * A new tenant, not stored yet.
     *
     * @param id the host's key of the tenant
     * @param name the company's name
     * @param timeZone the tenant's time zone
     * @param defaultLocale the language of users that do not ask for one
     * @param otherClassificationName the tenant's name for the classification {@code OTHER}
     * @param now the creation instant
     * @return the tenant, at {@link Version#UNSAVED}
     */
    public static Tenant create(
            TenantId id, String name, ZoneId timeZone, Locale defaultLocale, String otherClassificationName, Instant now) {
        return new Tenant(id, name.strip(), timeZone, defaultLocale, otherClassificationName.strip(), now, Version.UNSAVED);
    }

    /**
     * A stored tenant, as an adapter loads it.
     *
     * @param id the id
     * @param name the name
     * @param timeZone the time zone
     * @param defaultLocale the default locale
     * @param otherClassificationName the name of {@code OTHER}
     * @param createdAt the creation instant
     * @param version the stored version
     * @return the tenant
     */
    static Tenant reconstitute(
            TenantId id,
            String name,
            ZoneId timeZone,
            Locale defaultLocale,
            String otherClassificationName,
            Instant createdAt,
            Version version) {
        return new Tenant(id, name, timeZone, defaultLocale, otherClassificationName, createdAt, version);
    }

    /**
     * Changes the tenant's settings.
     *
     * @param newName the name
     * @param newTimeZone the time zone
     * @param newDefaultLocale the default locale
     * @param newOtherClassificationName the name of {@code OTHER}
     * @return the new state and the changed fields
     */
    Changed<Tenant> changeSettings(
            String newName, ZoneId newTimeZone, Locale newDefaultLocale, String newOtherClassificationName) {
        Tenant next = new Tenant(
                id, newName.strip(), newTimeZone, newDefaultLocale, newOtherClassificationName.strip(), createdAt, version);
        Changes changes = new Changes()
                .compare("name", name, next.name)
                .compare("timeZone", timeZone, next.timeZone)
                .compare("defaultLocale", defaultLocale.toLanguageTag(), next.defaultLocale.toLanguageTag())
                .compare("otherClassificationName", otherClassificationName, next.otherClassificationName);
        return new Changed<>(changes.isEmpty() ? this : next, changes.toList());
    }

    /**
     * This state at another version; adapters call it when they store an update.
     *
     * @param newVersion the version
     * @return the same tenant at that version
     */
    public Tenant withVersion(Version newVersion) {
        return new Tenant(id, name, timeZone, defaultLocale, otherClassificationName, createdAt, newVersion);
    }

    /** @return the host's key of the tenant */
    public TenantId id() {
        return id;
    }

    /** @return the company's name */
    public String name() {
        return name;
    }

    /** @return the time zone that decides "today" and "overdue" for the tenant */
    public ZoneId timeZone() {
        return timeZone;
    }

    /** @return the language of users that do not ask for one */
    public Locale defaultLocale() {
        return defaultLocale;
    }

    /** @return the tenant's name for the classification {@code OTHER} */
    public String otherClassificationName() {
        return otherClassificationName;
    }

    /** @return when the tenant was created */
    public Instant createdAt() {
        return createdAt;
    }

    /** @return the stored version */
    public Version version() {
        return version;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Tenant t
                && id.equals(t.id)
                && name.equals(t.name)
                && timeZone.equals(t.timeZone)
                && defaultLocale.equals(t.defaultLocale)
                && otherClassificationName.equals(t.otherClassificationName)
                && createdAt.equals(t.createdAt)
                && version.equals(t.version);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, version);
    }

    @Override
    public String toString() {
        return "Tenant[" + id + ", " + name + ", " + timeZone + ", " + defaultLocale.toLanguageTag() + ", v" + version + "]";
    }
}
