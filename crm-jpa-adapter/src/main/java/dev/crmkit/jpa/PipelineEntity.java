package dev.crmkit.jpa;

import dev.crmkit.common.PipelineId;
import dev.crmkit.common.Text;
import dev.crmkit.common.UserId;
import dev.crmkit.common.Version;
import dev.crmkit.pipeline.BaseCard;
import dev.crmkit.pipeline.Label;
import dev.crmkit.pipeline.Pipeline;
import dev.crmkit.pipeline.PipelineSettings;
import dev.crmkit.pipeline.Stage;
import dev.crmkit.spi.StoredRecords;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hibernate.annotations.BatchSize;

/**
 * The row of a {@link Pipeline}. Its stages, labels, base card and settings are small value documents the
 * pipeline always reads and writes whole (JSON written by the core's {@code CrmJson}); its users are a table, so
 * "the pipelines of a user" is an indexed query.
 */
@Entity(name = "Pipeline")
@Table(name = "crm_pipeline")
@IdClass(Keys.ByUuid.class)
class PipelineEntity {

    @Id
    @Column(name = "tenant_id")
    String tenantId;

    @Id
    UUID id;

    String name;

    @Column(name = "name_key")
    String nameKey;

    String color;

    String stages;

    String labels;

    @Column(name = "base_card")
    String baseCard;

    String settings;

    @Column(name = "created_at")
    Instant createdAt;

    @Column(name = "updated_at")
    Instant updatedAt;

    @jakarta.persistence.Version
    Long version;

    @ElementCollection
    @BatchSize(size = 256)
    @CollectionTable(name = "crm_pipeline_user", joinColumns = {
            @JoinColumn(name = "tenant_id", referencedColumnName = "tenant_id"),
            @JoinColumn(name = "pipeline_id", referencedColumnName = "id")})
    @Column(name = "user_id")
    Set<String> users = new HashSet<>();

    PipelineEntity() {}

    /**
     * The row's columns read with plain JDBC, by name, into the fields Hibernate would fill; the users are left
     * empty for the reader to add ({@code JpaPipelines} reads them for all the rows in one statement).
     */
    static PipelineEntity read(ResultSet rs) throws SQLException {
        PipelineEntity row = new PipelineEntity();
        row.tenantId = rs.getString("tenant_id");
        row.id = rs.getObject("id", UUID.class);
        row.name = rs.getString("name");
        row.nameKey = rs.getString("name_key");
        row.color = rs.getString("color");
        row.stages = rs.getString("stages");
        row.labels = rs.getString("labels");
        row.baseCard = rs.getString("base_card");
        row.settings = rs.getString("settings");
        row.createdAt = SqlQuery.instant(rs, "created_at");
        row.updatedAt = SqlQuery.instant(rs, "updated_at");
        row.version = rs.getObject("version", Long.class);
        return row;
    }

    static PipelineEntity of(String tenantId, Pipeline pipeline, Json json) {
        PipelineEntity row = new PipelineEntity();
        row.tenantId = tenantId;
        row.id = pipeline.id().value();
        row.createdAt = pipeline.createdAt();
        row.apply(pipeline, json);
        return row;
    }

    /**
     * The pipeline this unit of work last built from this row, kept while the row stays as it was then (only
     * {@link #apply} changes its columns and users; a flush moves its version): a card's write reads its pipeline
     * twice, for the actor's access and for its stages and labels, and its JSON columns are parsed once.
     */
    @jakarta.persistence.Transient
    private Pipeline built;

    /** @return the row's pipeline, built once while the row is unchanged */
    Pipeline domain(Json json) {
        if (built == null || version == null || built.version().value() != version) {
            built = toDomain(json);
        }
        return built;
    }

    void apply(Pipeline pipeline, Json json) {
        built = null;
        name = pipeline.name();
        nameKey = Text.key(pipeline.name());
        color = pipeline.color();
        stages = json.write(pipeline.stages());
        labels = json.write(pipeline.labels());
        baseCard = json.write(pipeline.baseCard());
        settings = json.write(pipeline.settings());
        updatedAt = pipeline.updatedAt();
        Set<String> newUsers = pipeline.users().stream().map(UserId::value).collect(Collectors.toSet());
        if (!users.equals(newUsers)) {
            users.retainAll(newUsers);
            users.addAll(newUsers);
        }
    }

    Pipeline toDomain(Json json) {
        return StoredRecords.pipeline(new PipelineId(id), name, color,
                users.stream().map(UserId::of).collect(Collectors.toSet()),
                List.of(json.read(stages, Stage[].class)), List.of(json.read(labels, Label[].class)),
                json.read(baseCard, BaseCard.class), json.read(settings, PipelineSettings.class), createdAt, updatedAt,
                Version.of(version));
    }
}
