package dev.crmkit.document;

import dev.crmkit.common.AccountId;
import dev.crmkit.common.Changed;
import dev.crmkit.common.Changes;
import dev.crmkit.common.DocumentId;
import dev.crmkit.common.UserId;
import dev.crmkit.common.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The metadata of a document attached to an account. Immutable; edits return a new state. */
public final class Document {

    private final DocumentId id;
    private final AccountId accountId;
    private final DocumentKind kind;
    private final String title;
    private final String fileName;
    private final String mediaType;
    private final long size;
    private final String sha256;
    private final LocalDate validFrom;
    private final LocalDate validUntil;
    private final UserId uploadedBy;
    private final Instant uploadedAt;
    private final Version version;

    private Document(
            DocumentId id, AccountId accountId, DocumentKind kind, String title, String fileName, String mediaType, long size,
            String sha256, LocalDate validFrom, LocalDate validUntil, UserId uploadedBy, Instant uploadedAt, Version version) {
        this.id = Objects.requireNonNull(id, "id");
        this.accountId = Objects.requireNonNull(accountId, "accountId");
        this.kind = Objects.requireNonNull(kind, "kind");
        this.title = Objects.requireNonNull(title, "title");
        this.fileName = Objects.requireNonNull(fileName, "fileName");
        this.mediaType = Objects.requireNonNull(mediaType, "mediaType");
        this.size = size;
        this.sha256 = Objects.requireNonNull(sha256, "sha256");
        this.validFrom = validFrom;
        this.validUntil = validUntil;
        this.uploadedBy = Objects.requireNonNull(uploadedBy, "uploadedBy");
        this.uploadedAt = Objects.requireNonNull(uploadedAt, "uploadedAt");
        this.version = Objects.requireNonNull(version, "version");
    }

    /**
     * A new document, not stored yet; its bytes are already in the document store under {@code id}.
     *
     * @param id the id its bytes are stored under
     * @param accountId its account
     * @param kind its kind
     * @param title its title
     * @param fileName the uploaded file's name
     * @param mediaType its media type ({@code application/pdf})
     * @param size its size in bytes
     * @param sha256 the hex SHA-256 of its bytes
     * @param validFrom for a contract, the first day it is valid, or {@code null}
     * @param validUntil for a contract, the last day it is valid, or {@code null}
     * @param uploadedBy who attached it
     * @param now the instant it was attached
     * @return the document, at {@link Version#UNSAVED}
     */
    public static Document create(
            DocumentId id, AccountId accountId, DocumentKind kind, String title, String fileName, String mediaType, long size,
            String sha256, LocalDate validFrom, LocalDate validUntil, UserId uploadedBy, Instant now) {
        return new Document(id, accountId, kind, title, fileName, mediaType, size, sha256, validFrom, validUntil, uploadedBy,
                now, Version.UNSAVED);
    }

    /**
     * A stored document, as an adapter loads it.
     *
     * @param id the id
     * @param accountId the account
     * @param kind the kind
     * @param title the title
     * @param fileName the file name
     * @param mediaType the media type
     * @param size the size in bytes
     * @param sha256 the hex SHA-256
     * @param validFrom the first valid day, or {@code null}
     * @param validUntil the last valid day, or {@code null}
     * @param uploadedBy who attached it
     * @param uploadedAt when it was attached
     * @param version the stored version
     * @return the document
     */
    static Document reconstitute(
            DocumentId id, AccountId accountId, DocumentKind kind, String title, String fileName, String mediaType, long size,
            String sha256, LocalDate validFrom, LocalDate validUntil, UserId uploadedBy, Instant uploadedAt, Version version) {
        return new Document(id, accountId, kind, title, fileName, mediaType, size, sha256, validFrom, validUntil, uploadedBy,
                uploadedAt, version);
    }

    /**
     * Changes the title and validity.
     *
     * @param newTitle the title
     * @param newValidFrom the first valid day, or {@code null}
     * @param newValidUntil the last valid day, or {@code null}
     * @return the new state and the changed fields
     */
    Changed<Document> describe(String newTitle, LocalDate newValidFrom, LocalDate newValidUntil) {
        Changes changes = new Changes()
                .compare("title", title, newTitle)
                .compare("validFrom", validFrom, newValidFrom)
                .compare("validUntil", validUntil, newValidUntil);
        if (changes.isEmpty()) {
            return new Changed<>(this, List.of());
        }
        return new Changed<>(new Document(id, accountId, kind, newTitle, fileName, mediaType, size, sha256, newValidFrom,
                newValidUntil, uploadedBy, uploadedAt, version), changes.toList());
    }

    /**
     * This state at another version; adapters call it when they store an update.
     *
     * @param newVersion the version
     * @return the same document at that version
     */
    public Document withVersion(Version newVersion) {
        return new Document(id, accountId, kind, title, fileName, mediaType, size, sha256, validFrom, validUntil, uploadedBy,
                uploadedAt, newVersion);
    }

    /** @return the id its bytes are stored under */
    public DocumentId id() {
        return id;
    }

    /** @return the account it is attached to */
    public AccountId accountId() {
        return accountId;
    }

    /** @return the kind */
    public DocumentKind kind() {
        return kind;
    }

    /** @return the title */
    public String title() {
        return title;
    }

    /** @return the uploaded file's name */
    public String fileName() {
        return fileName;
    }

    /** @return the media type */
    public String mediaType() {
        return mediaType;
    }

    /** @return the size in bytes */
    public long size() {
        return size;
    }

    /** @return the hex SHA-256 of the bytes */
    public String sha256() {
        return sha256;
    }

    /** @return for a contract, the first valid day */
    public Optional<LocalDate> validFrom() {
        return Optional.ofNullable(validFrom);
    }

    /** @return for a contract, the last valid day */
    public Optional<LocalDate> validUntil() {
        return Optional.ofNullable(validUntil);
    }

    /** @return who attached it */
    public UserId uploadedBy() {
        return uploadedBy;
    }

    /** @return when it was attached */
    public Instant uploadedAt() {
        return uploadedAt;
    }

    /** @return the stored version */
    public Version version() {
        return version;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Document d
                && id.equals(d.id)
                && accountId.equals(d.accountId)
                && kind == d.kind
                && title.equals(d.title)
                && fileName.equals(d.fileName)
                && mediaType.equals(d.mediaType)
                && size == d.size
                && sha256.equals(d.sha256)
                && Objects.equals(validFrom, d.validFrom)
                && Objects.equals(validUntil, d.validUntil)
                && uploadedBy.equals(d.uploadedBy)
                && uploadedAt.equals(d.uploadedAt)
                && version.equals(d.version);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, version);
    }

    @Override
    public String toString() {
        return "Document[" + id + ", " + kind + " " + title + " (" + mediaType + ", " + size + " bytes) of " + accountId + ", v"
                + version + "]";
    }
}
