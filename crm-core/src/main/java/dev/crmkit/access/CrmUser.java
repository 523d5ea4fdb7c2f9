package dev.crmkit.access;

import dev.crmkit.common.CatalogEntryId;
import dev.crmkit.common.Changed;
import dev.crmkit.common.Changes;
import dev.crmkit.common.UserId;
import dev.crmkit.common.Version;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * One of the host's users as the CRM knows it. Immutable; edits return a new state.
 *
 * <p>An inactive user can do nothing. An administrator manages the tenant's users, catalogs and settings;
 * what accounts a user sees is its {@link AccessScope}, independent of the admin flag.
 */
public final class CrmUser {

    private final UserId id;
    private final String displayName;
    private final boolean active;
    private final CatalogEntryId teamId;
    private final AccessScope scope;
    private final boolean admin;
    private final Locale locale;
    private final Instant createdAt;
    private final Version version;

    private CrmUser(
            UserId id,
            String displayName,
            boolean active,
            CatalogEntryId teamId,
            AccessScope scope,
            boolean admin,
            Locale locale,
            Instant createdAt,
            Version version) {
        this.id = Objects.requireNonNull(id, "id");
        this.displayName = Objects.requireNonNull(displayName, "displayName");
        this.active = active;
        this.teamId = teamId;
        this.scope = Objects.requireNonNull(scope, "scope");
        this.admin = admin;
        this.locale = locale;
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.version = Objects.requireNonNull(version, "version");
    }

    /**
     * A new, active user, not stored yet.
     *
     * @param id the host's id of the user
     * @param displayName the name shown to other users
     * @param teamId the user's team, or {@code null}
     * @param scope the account access scope
     * @param admin whether the user administers the tenant
     * @param now the creation instant
     * @return the user, at {@link Version#UNSAVED}
     */
    public static CrmUser create(
            UserId id, String displayName, CatalogEntryId teamId, AccessScope scope, boolean admin, Instant now) {
        return new CrmUser(id, displayName.strip(), true, teamId, scope, admin, null, now, Version.UNSAVED);
    }

    /**
     * A new, active user with a language of its own, not stored yet.
     *
     * @param id the host's id of the user
     * @param displayName the name shown to other users
     * @param teamId the user's team, or {@code null}
     * @param scope the account access scope
     * @param admin whether the user administers the tenant
     * @param locale the user's language, or {@code null} for the tenant's
     * @param now the creation instant
     * @return the user, at {@link Version#UNSAVED}
     */
    public static CrmUser create(UserId id, String displayName, CatalogEntryId teamId, AccessScope scope, boolean admin,
            Locale locale, Instant now) {
        return new CrmUser(id, displayName.strip(), true, teamId, scope, admin, locale, now, Version.UNSAVED);
    }

    /**
     * A stored user, as an adapter loads it.
     *
     * @param id the id
     * @param displayName the display name
     * @param active whether the user is active
     * @param teamId the team, or {@code null}
     * @param scope the access scope
     * @param admin the admin flag
     * @param locale the user's language, or {@code null} for the tenant's
     * @param createdAt the creation instant
     * @param version the stored version
     * @return the user
     */
    static CrmUser reconstitute(UserId id, String displayName, boolean active, CatalogEntryId teamId,
            AccessScope scope, boolean admin, Locale locale, Instant createdAt, Version version) {
        return new CrmUser(id, displayName, active, teamId, scope, admin, locale, createdAt, version);
    }

    /**
     * Changes the editable fields.
     *
     * @param newDisplayName the display name
     * @param newTeamId the team, or {@code null}
     * @param newScope the access scope
     * @param newAdmin the admin flag
     * @return the new state and the changed fields
     */
    Changed<CrmUser> edit(String newDisplayName, CatalogEntryId newTeamId, AccessScope newScope, boolean newAdmin) {
        CrmUser next = new CrmUser(id, newDisplayName.strip(), active, newTeamId, newScope, newAdmin, locale, createdAt, version);
        return changedTo(next);
    }

    /**
     * Changes the editable fields, the user's language included.
     *
     * @param newDisplayName the display name
     * @param newTeamId the team, or {@code null}
     * @param newScope the access scope
     * @param newAdmin the admin flag
     * @param newLocale the user's language, or {@code null} for the tenant's
     * @return the new state and the changed fields
     */
    Changed<CrmUser> edit(String newDisplayName, CatalogEntryId newTeamId, AccessScope newScope, boolean newAdmin,
            Locale newLocale) {
        return changedTo(new CrmUser(id, newDisplayName.strip(), active, newTeamId, newScope, newAdmin, newLocale, createdAt,
                version));
    }

    /**
     * Activates or deactivates the user.
     *
     * @param newActive the new flag
     * @return the new state and the changed field
     */
    Changed<CrmUser> activate(boolean newActive) {
        return changedTo(new CrmUser(id, displayName, newActive, teamId, scope, admin, locale, createdAt, version));
    }

    private Changed<CrmUser> changedTo(CrmUser next) {
        Changes changes = new Changes()
                .compare("displayName", displayName, next.displayName)
                .compare("active", active, next.active)
                .compare("teamId", teamId, next.teamId)
                .compare("scope", scope, next.scope)
                .compare("admin", admin, next.admin)
                .compare("locale", locale == null ? null : locale.toLanguageTag(),
                        next.locale == null ? null : next.locale.toLanguageTag());
        return new Changed<>(changes.isEmpty() ? this : next, changes.toList());
    }

    /**
     * This state at another version; adapters call it when they store an update.
     *
     * @param newVersion the version
     * @return the same user at that version
     */
    public CrmUser withVersion(Version newVersion) {
        return new CrmUser(id, displayName, active, teamId, scope, admin, locale, createdAt, newVersion);
    }

    /**
     * The accounts this user may see, as data.
     *
     * @return the user's access predicate
     */
    public AccountAccess accountAccess() {
        return AccountAccess.of(this);
    }

    /** @return the host's id of the user */
    public UserId id() {
        return id;
    }

    /** @return the name shown to other users */
    public String displayName() {
        return displayName;
    }

    /** @return whether the user may act at all */
    public boolean active() {
        return active;
    }

    /** @return the user's team, if any */
    public Optional<CatalogEntryId> teamId() {
        return Optional.ofNullable(teamId);
    }

    /** @return the account access scope */
    public AccessScope scope() {
        return scope;
    }

    /** @return whether the user administers the tenant */
    public boolean admin() {
        return admin;
    }

    /** @return the user's own language, empty to read the tenant's */
    public Optional<Locale> locale() {
        return Optional.ofNullable(locale);
    }

    /** @return when the user was created */
    public Instant createdAt() {
        return createdAt;
    }

    /** @return the stored version */
    public Version version() {
        return version;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CrmUser u
                && id.equals(u.id)
                && displayName.equals(u.displayName)
                && active == u.active
                && Objects.equals(teamId, u.teamId)
                && scope == u.scope
                && admin == u.admin
                && Objects.equals(locale, u.locale)
                && createdAt.equals(u.createdAt)
                && version.equals(u.version);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, version);
    }

    @Override
    public String toString() {
        return "CrmUser[" + id + ", " + displayName + (active ? "" : ", inactive") + ", team=" + teamId + ", " + scope
                + (admin ? ", admin" : "") + ", v" + version + "]";
    }
}
