package dev.crmkit.jpa;

import dev.crmkit.common.CardId;
import dev.crmkit.common.PipelineId;
import dev.crmkit.pipeline.HistoryEntry;
import dev.crmkit.spi.PipelineHistoryRepository;
import java.util.List;

/** The pipeline histories of a unit of work's tenant, paged newest first by (instant, event id, index). */
final class JpaPipelineHistory implements PipelineHistoryRepository {

    private final JpaUnitOfWork uow;

    JpaPipelineHistory(JpaUnitOfWork uow) {
        this.uow = uow;
    }

    @Override
    public void append(List<HistoryEntry> entries) {
        // Append-only rows Hibernate never changes: one JDBC batch, without the persistence context's bookkeeping.
        uow.insertBatch(HistoryEntity.INSERT, entries.stream().map(entry -> HistoryEntity.of(uow.tenant, entry)).toList(),
                (statement, row) -> row.bind(statement));
    }

    @Override
    public List<HistoryEntry> page(PipelineId pipelineId, CardId cardId, HistoryPosition before, int limit) {
        SqlQuery sql = new SqlQuery().append("select h.* from crm_pipeline_history h where h.tenant_id = :tenant",
                "tenant", uow.tenant);
        if (cardId == null) {
            sql.append(" and h.pipeline_id = :pipeline", "pipeline", pipelineId.value());
        } else {
            sql.append(" and h.card_id = :card and h.pipeline_id = :pipeline", "card", cardId.value())
                    .bind("pipeline", pipelineId.value());
        }
        if (before != null) {
            // Newest first, then event id descending, then index ascending: the mixed direction rules out a row value.
            sql.append(" and (h.occurred_at < :at or (h.occurred_at = :at and (h.event_id < :event"
                            + " or (h.event_id = :event and h.entry_index > :index))))", "at", before.at())
                    .bind("event", before.eventId().value())
                    .bind("index", before.index());
        }
        sql.append(" order by h.occurred_at desc, h.event_id desc, h.entry_index");
        return sql.entities(uow.em(), HistoryEntity.class, limit).stream().map(HistoryEntity::toDomain).toList();
    }
}
