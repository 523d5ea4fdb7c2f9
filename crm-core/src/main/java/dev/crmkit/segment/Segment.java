package dev.crmkit.segment;

import dev.crmkit.account.AccountQuery;
import dev.crmkit.common.Changed;
import dev.crmkit.common.Changes;
import dev.crmkit.common.SegmentId;
import dev.crmkit.common.Text;
import dev.crmkit.common.UserId;
import dev.crmkit.common.Version;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A segment: an account query saved under a name, evaluated live each time it is counted or previewed, always in
 * the scope of whoever reads it. A private segment is seen by its owner only; a shared one by every user of the
 * tenant. Immutable; edits return a new state.
 */
public final class Segment {

    private final SegmentId id;
    private final UserId owner;
    private final String name;
    private final boolean shared;
    private final AccountQuery criteria;
    private final Instant createdAt;
    private final Instant updatedAt;
    private final Version version;

    private Segment(SegmentId id, UserId owner, String name, boolean shared, AccountQuery criteria, Instant createdAt,
            Instant updatedAt, Version version) {
        this.id = Objects.requireNonNull(id, "id");
        this.owner = Objects.requireNonNull(owner, "owner");
        this.name = Objects.requireNonNull(name, "name");
        this.shared = shared;
        this.criteria = normalized(Objects.requireNonNull(criteria, "criteria"));
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.updatedAt = Objects.requireNonNull(updatedAt, "updatedAt");
        this.version = Objects.requireNonNull(version, "version");
    }

    /**
     * A new segment, not stored yet.
     *
     * @param owner the user who saves it
     * @param name its name (stripped)
     * @param shared whether every user of the tenant sees it
     * @param criteria the query (validated, from its first page); its total flag is not kept
     * @param now the creation instant
     * @return the segment, at {@link Version#UNSAVED}
     */
    static Segment create(UserId owner, String name, boolean shared, AccountQuery criteria, Instant now) {
        return new Segment(SegmentId.newId(), owner, name.strip(), shared, criteria, now, now, Version.UNSAVED);
    }

    /**
     * A stored segment, as an adapter loads it.
     *
     * @param id the id
     * @param owner the owner
     * @param name the name
     * @param shared whether it is shared
     * @param criteria the query
     * @param createdAt when it was created
     * @param updatedAt when it last changed
     * @param version the stored version
     * @return the segment
     */
    static Segment reconstitute(SegmentId id, UserId owner, String name, boolean shared, AccountQuery criteria,
            Instant createdAt, Instant updatedAt, Version version) {
        return new Segment(id, owner, name, shared, criteria, createdAt, updatedAt, version);
    }

    /**
     * Renames, shares or unshares, and replaces the query.
     *
     * @param newName the name (stripped)
     * @param newShared whether it is shared
     * @param newCriteria the query (validated)
     * @param now the instant of the change
     * @return the new state and the changed fields
     */
    Changed<Segment> update(String newName, boolean newShared, AccountQuery newCriteria, Instant now) {
        AccountQuery kept = normalized(newCriteria);
        String stripped = newName.strip();
        Changes changes = new Changes();
        changes.compare("name", name, stripped);
        changes.compare("shared", Boolean.toString(shared), Boolean.toString(newShared));
        if (!kept.equals(criteria)) {
            // The query's text form is long and internal; the change names the field, the event carries the new query.
            changes.compare("criteria", "before", "after");
        }
        if (changes.isEmpty()) {
            return new Changed<>(this, List.of());
        }
        return new Changed<>(new Segment(id, owner, stripped, newShared, kept, createdAt, now, version), changes.toList());
    }

    /** The query as a segment keeps it: from its first page, without a total. */
    private static AccountQuery normalized(AccountQuery query) {
        return query.cursor() == null && !query.includeTotal() ? query
                : query.toBuilder().after(null).withoutTotal().build();
    }

    /**
     * This state at another version; adapters call it when they store it.
     *
     * @param newVersion the version
     * @return the same segment at that version
     */
    public Segment withVersion(Version newVersion) {
        return new Segment(id, owner, name, shared, criteria, createdAt, updatedAt, newVersion);
    }

    /** @return the id */
    public SegmentId id() {
        return id;
    }

    /** @return the user who saved it, the only one who may change or delete it */
    public UserId owner() {
        return owner;
    }

    /** @return its name, unique per owner case-insensitively */
    public String name() {
        return name;
    }

    /** @return the key names are unique by */
    public String nameKey() {
        return Text.key(name);
    }

    /** @return whether every user of the tenant sees it (each in their own scope) */
    public boolean shared() {
        return shared;
    }

    /** @return the query, from its first page, without a total */
    public AccountQuery criteria() {
        return criteria;
    }

    /** @return when it was created */
    public Instant createdAt() {
        return createdAt;
    }

    /** @return when it last changed */
    public Instant updatedAt() {
        return updatedAt;
    }

    /** @return the stored version */
    public Version version() {
        return version;
    }

    /**
     * Whether a user sees this segment.
     *
     * @param user a user of the tenant
     * @return {@code true} for its owner, and for everybody when it is shared
     */
    public boolean visibleTo(UserId user) {
        return shared || owner.equals(user);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Segment s && id.equals(s.id) && owner.equals(s.owner) && name.equals(s.name)
                && shared == s.shared && criteria.equals(s.criteria) && createdAt.equals(s.createdAt)
                && updatedAt.equals(s.updatedAt) && version.equals(s.version);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, version);
    }

    @Override
    public String toString() {
        return "Segment[" + id + ", " + name + (shared ? ", shared" : "") + ", v" + version + "]";
    }
}
