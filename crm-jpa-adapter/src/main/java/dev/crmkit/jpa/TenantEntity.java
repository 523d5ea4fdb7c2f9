package dev.crmkit.jpa;

import dev.crmkit.access.Tenant;
import dev.crmkit.common.TenantId;
import dev.crmkit.common.Version;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
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
        return Tenant.reconstitute(TenantId.of(tenantId), name, ZoneId.of(timeZone), Locale.forLanguageTag(defaultLocale),
                otherClassificationName, createdAt, Version.of(version));
    }
}
