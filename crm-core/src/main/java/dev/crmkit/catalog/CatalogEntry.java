package dev.crmkit.catalog;

import dev.crmkit.common.CatalogEntryId;
import dev.crmkit.common.Changed;
import dev.crmkit.common.Changes;
import dev.crmkit.common.Text;
import dev.crmkit.common.Version;
import java.time.Instant;
import java.util.Objects;

/** One entry of a tenant's catalogs. Immutable; edits return a new state. */
public final class CatalogEntry {

    /** The largest length of an entry's name. */
    public static final int MAX_NAME_LENGTH = 120;

    private final CatalogEntryId id;
    private final CatalogKind kind;
    private final String name;
    private final CatalogDetails details;
    private final boolean active;
    private final Instant createdAt;
    private final Version version;

    private CatalogEntry(
            CatalogEntryId id,
            CatalogKind kind,
            String name,
            CatalogDetails details,
            boolean active,
            Instant createdAt,
            Version version) {
        this.id = Objects.requireNonNull(id, "id");
        this.kind = Objects.requireNonNull(kind, "kind");
        this.name = Objects.requireNonNull(name, "name");
        this.details = Objects.requireNonNull(details, "details");
        if (details.shape() != kind.shape()) {
            throw new IllegalStateException(kind + " entries carry " + kind.shape() + " details, not " + details.shape());
        }
        this.active = active;
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.version = Objects.requireNonNull(version, "version");
    }

    /**
     * A new, active entry, not stored yet.
     *
     * @param kind the kind
     * @param name the name
     * @param details the details of the kind's shape
     * @param now the creation instant
     * @return the entry, at {@link Version#UNSAVED}
     */
    public static CatalogEntry create(CatalogKind kind, String name, CatalogDetails details, Instant now) {
        return new CatalogEntry(CatalogEntryId.newId(), kind, name.strip(), details, true, now, Version.UNSAVED);
    }

    /**
     * A stored entry, as an adapter loads it.
     *
     * @param id the id
     * @param kind the kind
     * @param name the name
     * @param details the details
     * @param active whether the entry is active
     * @param createdAt the creation instant
     * @param version the stored version
     * @return the entry
     */
    static CatalogEntry reconstitute(
            CatalogEntryId id,
            CatalogKind kind,
            String name,
            CatalogDetails details,
            boolean active,
            Instant createdAt,
            Version version) {
        return new CatalogEntry(id, kind, name, details, active, createdAt, version);
    }

    /**
     * Renames the entry (and, for a relationship type, its inverse).
     *
     * @param newName the name
     * @param newDetails the details, of the same shape (the value type of a characteristic never changes)
     * @return the new state and the changed fields
     */
    Changed<CatalogEntry> edit(String newName, CatalogDetails newDetails) {
        CatalogEntry next = new CatalogEntry(id, kind, newName.strip(), newDetails, active, createdAt, version);
        return changedTo(next);
    }

    /**
     * Activates or deactivates the entry.
     *
     * @param newActive the new flag
     * @return the new state and the changed field
     */
    Changed<CatalogEntry> activate(boolean newActive) {
        return changedTo(new CatalogEntry(id, kind, name, details, newActive, createdAt, version));
    }

    private Changed<CatalogEntry> changedTo(CatalogEntry next) {
        Changes changes = new Changes().compare("name", name, next.name);
        if (details instanceof CatalogDetails.Relationship before && next.details instanceof CatalogDetails.Relationship after) {
            changes.compare("inverseName", before.inverseName(), after.inverseName())
                    .compare("hierarchical", before.hierarchical(), after.hierarchical());
        }
        if (details instanceof CatalogDetails.Characteristic before && next.details instanceof CatalogDetails.Characteristic after) {
            changes.compare("valueType", before.valueType(), after.valueType())
                    .compare("choices", String.join(", ", before.choices()), String.join(", ", after.choices()));
        }
        changes.compare("active", active, next.active);
        return new Changed<>(changes.isEmpty() ? this : next, changes.toList());
    }

    /**
     * This state at another version; adapters call it when they store an update.
     *
     * @param newVersion the version
     * @return the same entry at that version
     */
    public CatalogEntry withVersion(Version newVersion) {
        return new CatalogEntry(id, kind, name, details, active, createdAt, newVersion);
    }

    /**
     * The key names are unique by, within the tenant and kind (see {@link Text#key(String)}).
     *
     * @return the name's key
     */
    public String nameKey() {
        return Text.key(name);
    }

    /** @return the id */
    public CatalogEntryId id() {
        return id;
    }

    /** @return the kind */
    public CatalogKind kind() {
        return kind;
    }

    /** @return the name */
    public String name() {
        return name;
    }

    /** @return the details of the kind's shape */
    public CatalogDetails details() {
        return details;
    }

    /** @return whether the entry can be newly referenced */
    public boolean active() {
        return active;
    }

    /** @return when the entry was created */
    public Instant createdAt() {
        return createdAt;
    }

    /** @return the stored version */
    public Version version() {
        return version;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CatalogEntry e
                && id.equals(e.id)
                && kind == e.kind
                && name.equals(e.name)
                && details.equals(e.details)
                && active == e.active
                && createdAt.equals(e.createdAt)
                && version.equals(e.version);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, version);
    }

    @Override
    public String toString() {
        return "CatalogEntry[" + kind + " " + id + ", " + name + ", " + details + (active ? "" : ", inactive") + ", v"
                + version + "]";
    }
}
