package dev.crmkit.jpa;

import dev.crmkit.common.AccountId;
import dev.crmkit.spi.TimelineRecord;
import dev.crmkit.spi.TimelineRepository;
import dev.crmkit.common.StageId;
import dev.crmkit.event.CardEvent;
import dev.crmkit.event.DomainEvent;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The account timelines of a unit of work's tenant: events as JSON, paged newest first by (instant, event id). */
final class JpaTimeline implements TimelineRepository {

    private final JpaUnitOfWork uow;

    JpaTimeline(JpaUnitOfWork uow) {
        this.uow = uow;
    }

    @Override
    public void append(List<TimelineRecord> records) {
        uow.writable();
        for (TimelineRecord record : records) {
            var meta = record.event().meta();
            uow.persist(new TimelineEntity(uow.tenant, record.accountId().value(), meta.eventId().value(),
                    meta.occurredAt(), uow.json.writeEvent(record.event()), record.actorName(),
                    record.names().isEmpty() ? null : uow.json.write(new TreeMap<>(record.names()))));
        }
    }

    @Override
    public List<TimelineRecord> page(AccountId accountId, TimelinePosition before, int limit) {
        // The payload and the names of the time only, as text: mapping the rows to entities cost as much as reading them.
        SqlQuery sql = new SqlQuery().append("select t.payload, t.actor_name, t.names, t.subject_name from crm_timeline t"
                + " where t.tenant_id = :tenant"
                + " and t.account_id = :account", "tenant", uow.tenant).bind("account", accountId.value());
        if (before != null) {
            sql.append(" and (t.occurred_at, t.event_id) < (:beforeAt, :beforeId)", "beforeAt", before.occurredAt())
                    .bind("beforeId", before.eventId().value());
        }
        sql.append(" order by t.occurred_at desc, t.event_id desc");
        return sql.rows(uow, limit).stream().map(row -> record(accountId, row)).toList();
    }

    private TimelineRecord record(AccountId accountId, Object[] row) {
        DomainEvent event = uow.json.readEvent((String) row[0]);
        Map<String, String> names = row[2] == null ? Map.of() : names((String) row[2]);
        String subjectName = (String) row[3];
        if (names.isEmpty() && subjectName != null) {
            // A row written before the names were kept: only the stage a card was created in or moved to has its name.
            StageId stage = event instanceof CardEvent.CardCreated e ? e.stageId()
                    : event instanceof CardEvent.CardMoved e ? e.toStageId() : null;
            names = stage == null ? Map.of() : Map.of(stage.toString(), subjectName);
        }
        return new TimelineRecord(accountId, event, (String) row[1], names);
    }

    /** The names column: a JSON object of texts, as {@link #append} wrote it. */
    @SuppressWarnings("unchecked")
    private Map<String, String> names(String json) {
        return uow.json.read(json, Map.class);
    }

    @Override
    public void deleteByAccount(AccountId accountId) {
        uow.writable();
        // Flush first: a bulk delete does not see rows still waiting in the persistence context.
        uow.flush();
        uow.em().createQuery("delete from TimelineEvent t where t.tenantId = :tenant and t.accountId = :account")
                .setParameter("tenant", uow.tenant)
                .setParameter("account", accountId.value())
                .executeUpdate();
    }
}
