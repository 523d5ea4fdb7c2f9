package dev.crmkit.jpa;

import dev.crmkit.common.AccountId;
import dev.crmkit.common.CatalogEntryId;
import dev.crmkit.common.RelationshipId;
import dev.crmkit.common.UserId;
import dev.crmkit.common.Version;
import dev.crmkit.relationship.Relationship;
import dev.crmkit.spi.StoredRecords;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.UUID;

/** The row of a {@link Relationship}; (tenant, from, to, type) is unique. */
@Entity(name = "Relationship")
@Table(name = "crm_relationship")
@IdClass(Keys.ByUuid.class)
class RelationshipEntity {

    @Id
    @Column(name = "tenant_id")
    String tenantId;

    @Id
    UUID id;

    @Column(name = "from_id")
    UUID fromId;

    @Column(name = "to_id")
    UUID toId;

    @Column(name = "type_id")
    UUID typeId;

    String reason;

    @Column(name = "created_by")
    String createdBy;

    @Column(name = "created_at")
    Instant createdAt;

    @jakarta.persistence.Version
    Long version;

    RelationshipEntity() {}

    /** A row of {@code select r.* from crm_relationship r} read with plain JDBC, the fields Hibernate fills. */
    static RelationshipEntity read(ResultSet rs) throws SQLException {
        RelationshipEntity row = new RelationshipEntity();
        row.tenantId = rs.getString("tenant_id");
        row.id = rs.getObject("id", UUID.class);
        row.fromId = rs.getObject("from_id", UUID.class);
        row.toId = rs.getObject("to_id", UUID.class);
        row.typeId = rs.getObject("type_id", UUID.class);
        row.reason = rs.getString("reason");
        row.createdBy = rs.getString("created_by");
        row.createdAt = SqlQuery.instant(rs, "created_at");
        row.version = rs.getObject("version", Long.class);
        return row;
    }

    static RelationshipEntity of(String tenantId, Relationship relationship) {
        RelationshipEntity row = new RelationshipEntity();
        row.tenantId = tenantId;
        row.id = relationship.id().value();
        row.fromId = relationship.from().value();
        row.toId = relationship.to().value();
        row.typeId = relationship.typeId().value();
        row.reason = relationship.reason();
        row.createdBy = relationship.createdBy().value();
        row.createdAt = relationship.createdAt();
        return row;
    }

    Relationship toDomain() {
        return StoredRecords.relationship(new RelationshipId(id), new AccountId(fromId), new AccountId(toId),
                new CatalogEntryId(typeId), reason, UserId.of(createdBy), createdAt, Version.of(version));
    }
}
