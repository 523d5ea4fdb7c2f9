package dev.crmkit.jpa;

import dev.crmkit.common.AccountId;
import dev.crmkit.common.DocumentId;
import dev.crmkit.common.UserId;
import dev.crmkit.common.Version;
import dev.crmkit.document.Document;
import dev.crmkit.document.DocumentKind;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** The row of a {@link Document}'s metadata (the bytes are in the document store). */
@Entity(name = "Document")
@Table(name = "crm_document")
@IdClass(Keys.ByUuid.class)
class DocumentEntity {

    @Id
    @Column(name = "tenant_id")
    String tenantId;

    @Id
    UUID id;

    @Column(name = "account_id")
    UUID accountId;

    String kind;

    String title;

    @Column(name = "file_name")
    String fileName;

    @Column(name = "media_type")
    String mediaType;

    @Column(name = "size_bytes")
    long sizeBytes;

    String sha256;

    @Column(name = "valid_from")
    LocalDate validFrom;

    @Column(name = "valid_until")
    LocalDate validUntil;

    @Column(name = "uploaded_by")
    String uploadedBy;

    @Column(name = "uploaded_at")
    Instant uploadedAt;

    @jakarta.persistence.Version
    Long version;

    DocumentEntity() {}

    static DocumentEntity of(String tenantId, Document document) {
        DocumentEntity row = new DocumentEntity();
        row.tenantId = tenantId;
        row.id = document.id().value();
        row.accountId = document.accountId().value();
        row.kind = document.kind().name();
        row.fileName = document.fileName();
        row.mediaType = document.mediaType();
        row.sizeBytes = document.size();
        row.sha256 = document.sha256();
        row.uploadedBy = document.uploadedBy().value();
        row.uploadedAt = document.uploadedAt();
        row.apply(document);
        return row;
    }

    void apply(Document document) {
        title = document.title();
        validFrom = document.validFrom().orElse(null);
        validUntil = document.validUntil().orElse(null);
    }

    Document toDomain() {
        return Document.reconstitute(new DocumentId(id), new AccountId(accountId), DocumentKind.valueOf(kind), title, fileName,
                mediaType, sizeBytes, sha256, validFrom, validUntil, UserId.of(uploadedBy), uploadedAt, Version.of(version));
    }
}
