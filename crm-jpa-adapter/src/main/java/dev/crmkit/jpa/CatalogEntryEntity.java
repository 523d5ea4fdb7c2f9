package dev.crmkit.jpa;

import dev.crmkit.catalog.CatalogDetails;
import dev.crmkit.catalog.CatalogEntry;
import dev.crmkit.catalog.CatalogKind;
import dev.crmkit.common.CatalogEntryId;
import dev.crmkit.common.Version;
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

/** The row of a {@link CatalogEntry}; the kind-specific details are a small JSON document. */
@Entity(name = "CatalogEntry")
@Table(name = "crm_catalog_entry")
@IdClass(Keys.ByUuid.class)
class CatalogEntryEntity {

    @Id
    @Column(name = "tenant_id")
    String tenantId;

    @Id
    UUID id;

    String kind;

    String name;

    @Column(name = "name_key")
    String nameKey;

    String details;

    boolean active;

    @Column(name = "created_at")
    Instant createdAt;

    @jakarta.persistence.Version
    Long version;

    CatalogEntryEntity() {}

    /** The row's columns read with plain JDBC, by name, into the fields Hibernate would fill. */
    static CatalogEntryEntity read(ResultSet rs) throws SQLException {
        CatalogEntryEntity row = new CatalogEntryEntity();
        row.tenantId = rs.getString("tenant_id");
        row.id = rs.getObject("id", UUID.class);
        row.kind = rs.getString("kind");
        row.name = rs.getString("name");
        row.nameKey = rs.getString("name_key");
        row.details = rs.getString("details");
        row.active = rs.getBoolean("active");
        row.createdAt = SqlQuery.instant(rs, "created_at");
        row.version = rs.getObject("version", Long.class);
        return row;
    }

    static CatalogEntryEntity of(String tenantId, CatalogEntry entry, Json json) {
        CatalogEntryEntity row = new CatalogEntryEntity();
        row.tenantId = tenantId;
        row.id = entry.id().value();
        row.kind = entry.kind().name();
        row.createdAt = entry.createdAt();
        row.apply(entry, json);
        return row;
    }

    void apply(CatalogEntry entry, Json json) {
        name = entry.name();
        nameKey = entry.nameKey();
        details = json.write(entry.details());
        active = entry.active();
    }

    CatalogEntry toDomain(Json json) {
        return StoredRecords.catalogEntry(new CatalogEntryId(id), CatalogKind.valueOf(kind), name,
                json.read(details, CatalogDetails.class), active, createdAt, Version.of(version));
    }
}
