package dev.crmkit.relationship;

import dev.crmkit.common.AccountId;
import dev.crmkit.common.CatalogEntryId;
import dev.crmkit.common.Changed;
import dev.crmkit.common.Changes;
import dev.crmkit.common.RelationshipId;
import dev.crmkit.common.Text;
import dev.crmkit.common.UserId;
import dev.crmkit.common.Version;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Account {@code from} is related to account {@code to} by a relationship type ("parent of"), for a reason.
 * Immutable; only the reason changes.
 */
public final class Relationship {

    private final RelationshipId id;
    private final AccountId from;
    private final AccountId to;
    private final CatalogEntryId typeId;
    private final String reason;
    private final UserId createdBy;
    private final Instant createdAt;
    private final Version version;

    private Relationship(
            RelationshipId id, AccountId from, AccountId to, CatalogEntryId typeId, String reason, UserId createdBy,
            Instant createdAt, Version version) {
        this.id = Objects.requireNonNull(id, "id");
        this.from = Objects.requireNonNull(from, "from");
        this.to = Objects.requireNonNull(to, "to");
        this.typeId = Objects.requireNonNull(typeId, "typeId");
        this.reason = Text.trimToNull(reason);
        this.createdBy = Objects.requireNonNull(createdBy, "createdBy");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.version = Objects.requireNonNull(version, "version");
    }

    /**
     * A new relationship, not stored yet.
     *
     * @param from the account that holds it
     * @param to the related account
     * @param typeId the relationship type
     * @param reason why they are related, or {@code null}
     * @param createdBy who relates them
     * @param now the creation instant
     * @return the relationship, at {@link Version#UNSAVED}
     */
    public static Relationship create(
            AccountId from, AccountId to, CatalogEntryId typeId, String reason, UserId createdBy, Instant now) {
        return new Relationship(RelationshipId.newId(), from, to, typeId, reason, createdBy, now, Version.UNSAVED);
    }

    /**
     * A stored relationship, as an adapter loads it.
     *
     * @param id the id
     * @param from the holding account
     * @param to the related account
     * @param typeId the type
     * @param reason the reason, or {@code null}
     * @param createdBy who created it
     * @param createdAt when it was created
     * @param version the stored version
     * @return the relationship
     */
    static Relationship reconstitute(
            RelationshipId id, AccountId from, AccountId to, CatalogEntryId typeId, String reason, UserId createdBy,
            Instant createdAt, Version version) {
        return new Relationship(id, from, to, typeId, reason, createdBy, createdAt, version);
    }

    /**
     * Changes the reason.
     *
     * @param newReason the reason, or {@code null}
     * @return the new state and the change of {@code "reason"}
     */
    Changed<Relationship> withReason(String newReason) {
        Changes changes = new Changes().compare("reason", reason, Text.trimToNull(newReason));
        if (changes.isEmpty()) {
            return new Changed<>(this, List.of());
        }
        return new Changed<>(new Relationship(id, from, to, typeId, newReason, createdBy, createdAt, version), changes.toList());
    }

    /**
     * This state at another version; adapters call it when they store an update.
     *
     * @param newVersion the version
     * @return the same relationship at that version
     */
    public Relationship withVersion(Version newVersion) {
        return new Relationship(id, from, to, typeId, reason, createdBy, createdAt, newVersion);
    }

    /**
     * Whether the relationship touches an account, on either side.
     *
     * @param accountId the account
     * @return {@code true} when it is {@code from} or {@code to}
     */
    public boolean touches(AccountId accountId) {
        return from.equals(accountId) || to.equals(accountId);
    }

    /** @return the id */
    public RelationshipId id() {
        return id;
    }

    /** @return the account that holds the relationship */
    public AccountId from() {
        return from;
    }

    /** @return the related account */
    public AccountId to() {
        return to;
    }

    /** @return the relationship type */
    public CatalogEntryId typeId() {
        return typeId;
    }

    /** @return the reason, or {@code null} */
    public String reason() {
        return reason;
    }

    /** @return who created the relationship */
    public UserId createdBy() {
        return createdBy;
    }

    /** @return when the relationship was created */
    public Instant createdAt() {
        return createdAt;
    }

    /** @return the stored version */
    public Version version() {
        return version;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Relationship r
                && id.equals(r.id)
                && from.equals(r.from)
                && to.equals(r.to)
                && typeId.equals(r.typeId)
                && Objects.equals(reason, r.reason)
                && createdBy.equals(r.createdBy)
                && createdAt.equals(r.createdAt)
                && version.equals(r.version);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, version);
    }

    @Override
    public String toString() {
        return "Relationship[" + from + " -" + typeId + "-> " + to + ", v" + version + "]";
    }
}
