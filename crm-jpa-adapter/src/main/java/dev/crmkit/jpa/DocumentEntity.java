package dev.crmkit.jpa;

import dev.crmkit.common.AccountId;
import dev.crmkit.common.DocumentId;
import dev.crmkit.common.UserId;
import dev.crmkit.common.Version;
import dev.crmkit.document.Document;
import dev.crmkit.document.DocumentKind;
import dev.crmkit.spi.StoredRecords;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.sql.ResultSet;
import java.sql.SQLException;
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

    /** A row of {@code select d.* from crm_document d} read with plain JDBC, the fields Hibernate fills. */
    static DocumentEntity read(ResultSet rs) throws SQLException {
        DocumentEntity row = new DocumentEntity();
        row.tenantId = rs.getString("tenant_id");
        row.id = rs.getObject("id", UUID.class);
        row.accountId = rs.getObject("account_id", UUID.class);
        row.kind = rs.getString("kind");
        row.title = rs.getString("title");
        row.fileName = rs.getString("file_name");
        row.mediaType = rs.getString("media_type");
        row.sizeBytes = rs.getLong("size_bytes");
        row.sha256 = rs.getString("sha256");
        row.validFrom = rs.getObject("valid_from", LocalDate.class);
        row.validUntil = rs.getObject("valid_until", LocalDate.class);
        row.uploadedBy = rs.getString("uploaded_by");
        row.uploadedAt = SqlQuery.instant(rs, "uploaded_at");
        row.version = rs.getObject("version", Long.class);
        return row;
    }

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
        return StoredRecords.document(new DocumentId(id), new AccountId(accountId), DocumentKind.valueOf(kind), title, fileName,
                mediaType, sizeBytes, sha256, validFrom, validUntil, UserId.of(uploadedBy), uploadedAt, Version.of(version));
    }
}
