package dev.crmkit.jpa;

import dev.crmkit.common.PipelineId;
import dev.crmkit.common.SavedFilterId;
import dev.crmkit.common.UserId;
import dev.crmkit.common.Version;
import dev.crmkit.pipeline.BoardFilter;
import dev.crmkit.pipeline.SavedFilter;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** The row of a {@link SavedFilter}; the filter itself is a JSON document written by the core's {@code CrmJson}. */
@Entity(name = "SavedFilter")
@Table(name = "crm_saved_filter")
@IdClass(Keys.ByUuid.class)
class SavedFilterEntity {

    @Id
    @Column(name = "tenant_id")
    String tenantId;

    @Id
    UUID id;

    @Column(name = "pipeline_id")
    UUID pipelineId;

    @Column(name = "owner_id")
    String ownerId;

    String name;

    @Column(name = "name_key")
    String nameKey;

    @Column(name = "filter_json")
    String filterJson;

    @Column(name = "saved_at")
    Instant savedAt;

    @jakarta.persistence.Version
    Long version;

    SavedFilterEntity() {}

    static SavedFilterEntity of(String tenantId, SavedFilter filter, Json json) {
        SavedFilterEntity row = new SavedFilterEntity();
        row.tenantId = tenantId;
        row.id = filter.id().value();
        row.pipelineId = filter.pipelineId().value();
        row.ownerId = filter.owner().value();
        row.apply(filter, json);
        return row;
    }

    void apply(SavedFilter filter, Json json) {
        name = filter.name();
        nameKey = filter.nameKey();
        filterJson = json.write(filter.filter());
        savedAt = filter.savedAt();
    }

    SavedFilter toDomain(Json json) {
        return new SavedFilter(new SavedFilterId(id), new PipelineId(pipelineId), UserId.of(ownerId), name,
                json.read(filterJson, BoardFilter.class), savedAt, Version.of(version));
    }
}
