package dev.crmkit.jpa;

import dev.crmkit.access.Tenant;
import dev.crmkit.common.TenantId;
import dev.crmkit.common.Version;
import dev.crmkit.spi.StoredRecords;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;

/** The row of a {@link Tenant}. */
@Entity(name = "Tenant")
@Table(name = "crm_tenant")
class TenantEntity {

    @Id
    @Column(name = "tenant_id")
    String tenantId;

    String name;

    @Column(name = "time_zone")
    String timeZone;

    @Column(name = "default_locale")
    String defaultLocale;

    @Column(name = "other_classification_name")
    String otherClassificationName;

    @Column(name = "created_at")
    Instant createdAt;

    @jakarta.persistence.Version
    Long version;

    TenantEntity() {}

    /** The row's columns read with plain JDBC, by name, into the fields Hibernate would fill. */
    static TenantEntity read(ResultSet rs) throws SQLException {
        TenantEntity row = new TenantEntity();
        row.tenantId = rs.getString("tenant_id");
        row.name = rs.getString("name");
        row.timeZone = rs.getString("time_zone");
        row.defaultLocale = rs.getString("default_locale");
        row.otherClassificationName = rs.getString("other_classification_name");
        row.createdAt = SqlQuery.instant(rs, "created_at");
        row.version = rs.getObject("version", Long.class);
        return row;
    }

    static TenantEntity of(Tenant tenant) {
        TenantEntity row = new TenantEntity();
        row.tenantId = tenant.id().value();
        row.createdAt = tenant.createdAt();
        row.apply(tenant);
        return row;
    }

    /** Copies the editable state. */
    void apply(Tenant tenant) {
        name = tenant.name();
        timeZone = tenant.timeZone().getId();
        defaultLocale = tenant.defaultLocale().toLanguageTag();
        otherClassificationName = tenant.otherClassificationName();
    }

    Tenant toDomain() {
        return StoredRecords.tenant(TenantId.of(tenantId), name, ZoneId.of(timeZone), Locale.forLanguageTag(defaultLocale),
                otherClassificationName, createdAt, Version.of(version));
    }
}
