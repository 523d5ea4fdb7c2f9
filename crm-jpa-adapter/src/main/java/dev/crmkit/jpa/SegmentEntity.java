package dev.crmkit.jpa;

import dev.crmkit.account.AccountQuery;
import dev.crmkit.common.SegmentId;
import dev.crmkit.common.UserId;
import dev.crmkit.common.Version;
import dev.crmkit.segment.Segment;
import dev.crmkit.spi.StoredRecords;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * The row of a {@link Segment}; its query is a versioned JSON document ({@link Json#writeVersioned}) written by the
 * core's {@code CrmJson}, so a later shape of the query can still read the rows written before it.
 */
@Entity(name = "Segment")
@Table(name = "crm_segment")
@IdClass(Keys.ByUuid.class)
class SegmentEntity {

    /** The version of the query document this adapter writes. */
    static final int CRITERIA_VERSION = 1;

    @Id
    @Column(name = "tenant_id")
    String tenantId;

    @Id
    UUID id;

    @Column(name = "owner_id")
    String ownerId;

    String name;

    @Column(name = "name_key")
    String nameKey;

    boolean shared;

    @Column(name = "criteria_json")
    String criteriaJson;

    @Column(name = "created_at")
    Instant createdAt;

    @Column(name = "updated_at")
    Instant updatedAt;

    @jakarta.persistence.Version
    Long version;

    SegmentEntity() {}

    static SegmentEntity of(String tenantId, Segment segment, Json json) {
        SegmentEntity row = new SegmentEntity();
        row.tenantId = tenantId;
        row.id = segment.id().value();
        row.ownerId = segment.owner().value();
        row.createdAt = segment.createdAt();
        row.apply(segment, json);
        return row;
    }

    void apply(Segment segment, Json json) {
        name = segment.name();
        nameKey = segment.nameKey();
        shared = segment.shared();
        criteriaJson = json.writeVersioned(CRITERIA_VERSION, segment.criteria());
        updatedAt = segment.updatedAt();
    }

    Segment toDomain(Json json) {
        // Version 1 is the only one so far; a later version reads older documents here and upgrades them.
        AccountQuery criteria = json.readVersioned(criteriaJson, CRITERIA_VERSION, AccountQuery.class);
        return StoredRecords.segment(new SegmentId(id), UserId.of(ownerId), name, shared, criteria, createdAt, updatedAt,
                Version.of(version));
    }
}
