package dev.crmkit.jpa;

import dev.crmkit.common.CardId;
import dev.crmkit.common.EventId;
import dev.crmkit.common.HistoryEntryId;
import dev.crmkit.common.PipelineId;
import dev.crmkit.common.UserId;
import dev.crmkit.pipeline.HistoryEntry;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One changed field of a pipeline's history. Append-only. */
@Entity(name = "HistoryEntry")
@Table(name = "crm_pipeline_history")
@IdClass(Keys.ByUuid.class)
class HistoryEntity {

    @Id
    @Column(name = "tenant_id")
    String tenantId;

    @Id
    UUID id;

    @Column(name = "pipeline_id")
    UUID pipelineId;

    @Column(name = "card_id")
    UUID cardId;

    @Column(name = "event_id")
    UUID eventId;

    @Column(name = "entry_index")
    int entryIndex;

    String actor;

    @Column(name = "actor_name")
    String actorName;

    @Column(name = "occurred_at")
    Instant occurredAt;

    String field;

    @Column(name = "old_value")
    String oldValue;

    @Column(name = "new_value")
    String newValue;

    @Column(name = "old_name")
    String oldName;

    @Column(name = "new_name")
    String newName;

    HistoryEntity() {}

    /** The row's insert in plain JDBC, bound by {@link #bind}: an import writes thousands at once. */
    static final String INSERT = "insert into crm_pipeline_history (tenant_id, id, pipeline_id, card_id, event_id, entry_index,"
            + " actor, actor_name, occurred_at, field, old_value, new_value, old_name, new_name)"
            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    /** Binds the row's columns to {@link #INSERT}. */
    void bind(java.sql.PreparedStatement statement) throws java.sql.SQLException {
        statement.setString(1, tenantId);
        statement.setObject(2, id);
        statement.setObject(3, pipelineId);
        statement.setObject(4, cardId);
        statement.setObject(5, eventId);
        statement.setInt(6, entryIndex);
        statement.setString(7, actor);
        statement.setString(8, actorName);
        JpaUnitOfWork.setInstant(statement, 9, occurredAt);
        statement.setString(10, field);
        statement.setString(11, oldValue);
        statement.setString(12, newValue);
        statement.setString(13, oldName);
        statement.setString(14, newName);
    }

    static HistoryEntity of(String tenantId, HistoryEntry entry) {
        HistoryEntity row = new HistoryEntity();
        row.tenantId = tenantId;
        row.id = entry.id().value();
        row.pipelineId = entry.pipelineId().value();
        row.cardId = entry.cardId() == null ? null : entry.cardId().value();
        row.eventId = entry.eventId().value();
        row.entryIndex = entry.index();
        row.actor = entry.actor() == null ? null : entry.actor().value();
        row.occurredAt = entry.at();
        row.field = entry.field();
        row.oldValue = entry.oldValue();
        row.newValue = entry.newValue();
        row.actorName = entry.actorName();
        row.oldName = entry.oldName();
        row.newName = entry.newName();
        return row;
    }

    HistoryEntry toDomain() {
        return HistoryEntry.stored(new HistoryEntryId(id), new PipelineId(pipelineId), cardId == null ? null : new CardId(cardId),
                new EventId(eventId), entryIndex, actor == null ? null : UserId.of(actor), actorName, occurredAt, field, oldValue,
                newValue, oldName, newName);
    }
}
