package dev.crmkit.jpa;

import dev.crmkit.common.EventId;
import dev.crmkit.common.TenantId;
import dev.crmkit.event.DomainEvent;
import dev.crmkit.event.EventBacklog;
import dev.crmkit.spi.DeliveryFailure;
import dev.crmkit.spi.EventOutbox;
import dev.crmkit.spi.OutboxBacklog;
import dev.crmkit.spi.OutboxEntry;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.hibernate.Session;

/**
 * The outbox of a unit of work's tenant, {@code crm_outbox}. Events go in as one plain JDBC batch after the unit of
 * work's other rows ({@link JpaUnitOfWork#insertBatch}); the relay's reads and changes are plain JDBC statements on the unit of work's
 * connection, each pinning {@code tenant_id}, so on a database distributed by tenant each one runs on the
 * tenant's shard. The relay's read walks the index on {@code (tenant_id, seq)} and leaves out the aggregates held
 * by a refused event, found through a partial index of the refused rows (a whole index on H2); on PostgreSQL it is
 * the function {@code crm_outbox_due}, see {@link #due}.
 */
final class JpaOutbox implements EventOutbox {

    private static final String COLUMNS = "select o.payload, o.attempts, o.next_attempt_at, o.parked_at, o.last_failure"
            + " from crm_outbox o where o.tenant_id = :tenant";

    /**
     * The sweep's read, the one statement of the adapter that does not pin a tenant: each tenant's due and parked
     * events, one aggregate over the outbox (which holds only undelivered events, so it stays small).
     */
    static final String SWEEP = "select o.tenant_id,"
            + " sum(case when o.parked_at is null and (o.next_attempt_at is null or o.next_attempt_at <= ?) then 1 else 0 end),"
            + " sum(case when o.parked_at is null then 0 else 1 end)"
            + " from crm_outbox o group by o.tenant_id";

    /** The relay's read on PostgreSQL: {@link #due} explains why it is a function. */
    static final String DUE_FUNCTION = "select o.payload, o.attempts, o.next_attempt_at, o.parked_at, o.last_failure"
            + " from crm_outbox_due(:tenant, :now, :limit) o";

    private final JpaUnitOfWork uow;

    JpaOutbox(JpaUnitOfWork uow) {
        this.uow = uow;
    }

    @Override
    public void append(List<DomainEvent> events) {
        uow.insertBatch(OutboxEntity.INSERT, events.stream().map(event -> new OutboxEntity(uow.tenant,
                        event.meta().eventId().value(), event.aggregate().type(), event.aggregate().id(), uow.json.writeEvent(event)))
                .toList(), (statement, row) -> row.bind(statement));
    }

    /**
     * {@inheritDoc}
     *
     * <p>On PostgreSQL through the function {@code crm_outbox_due}, the same statement planned with bitmap scans off:
     * with the statistics of a nearly empty outbox, which a queue's table usually has, the plain statement would visit
     * and sort all of the tenant's waiting events for each batch instead of walking the index to the batch.
     */
    @Override
    public List<OutboxEntry> due(Instant now, int limit) {
        if (uow.postgres()) {
            return entries(new SqlQuery().append(DUE_FUNCTION, "tenant", uow.tenant).bind("now", now).bind("limit", limit), 0);
        }
        return entries(new SqlQuery().append(COLUMNS, "tenant", uow.tenant)
                .append(" and (o.aggregate_type, o.aggregate_id) not in (select h.aggregate_type, h.aggregate_id"
                        + " from crm_outbox h where h.tenant_id = :tenant and h.attempts > 0"
                        + " and (h.parked_at is not null or h.next_attempt_at > :now))", "now", now)
                .append(" order by o.seq"), limit);
    }

    @Override
    public List<OutboxEntry> unpublished(int limit) {
        return entries(new SqlQuery().append(COLUMNS, "tenant", uow.tenant).append(" order by o.seq"), limit);
    }

    @Override
    public List<OutboxEntry> parked(int limit) {
        return entries(new SqlQuery().append(COLUMNS, "tenant", uow.tenant)
                .append(" and o.parked_at is not null order by o.seq"), limit);
    }

    private List<OutboxEntry> entries(SqlQuery sql, int limit) {
        return sql.rows(uow, limit, rs -> new OutboxEntry(uow.json.readEvent(rs.getString(1)), rs.getInt(2),
                SqlQuery.instant(rs, 3), SqlQuery.instant(rs, 4), rs.getString(5)));
    }

    @Override
    public EventBacklog backlog() {
        return new SqlQuery().append("select count(*), count(o.parked_at) from crm_outbox o where o.tenant_id = :tenant",
                        "tenant", uow.tenant)
                .rows(uow, 0, rs -> new EventBacklog(rs.getLong(1), rs.getLong(2))).get(0);
    }

    @Override
    public void delete(Collection<EventId> eventIds) {
        uow.writable();
        if (!eventIds.isEmpty()) {
            deleteRows(ids(eventIds));
        }
    }

    @Override
    public void recordFailures(Collection<DeliveryFailure> failures) {
        uow.writable();
        if (failures.isEmpty()) {
            return;
        }
        uow.watched(() -> uow.em().unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement update = connection.prepareStatement("update crm_outbox set attempts = ?,"
                    + " next_attempt_at = ?, parked_at = ?, last_failure = ? where tenant_id = ? and event_id = ?")) {
                for (DeliveryFailure failure : failures) {
                    update.setInt(1, failure.attempts());
                    setInstant(update, 2, failure.nextAttemptAt());
                    setInstant(update, 3, failure.parks() ? failure.failedAt() : null);
                    update.setString(4, failure.failure());
                    update.setString(5, uow.tenant);
                    update.setObject(6, failure.eventId().value());
                    update.addBatch();
                }
                return update.executeBatch();
            }
        }));
    }

    @Override
    public Set<EventId> release(Collection<EventId> eventIds) {
        Set<EventId> parked = lockParked(eventIds);
        if (!parked.isEmpty()) {
            InList in = InList.ofUuids("id", ids(parked), uow.postgres());
            in.bind(new SqlQuery().append("update crm_outbox set attempts = 0, next_attempt_at = null, parked_at = null,"
                    + " last_failure = null where tenant_id = :tenant and " + in.in("event_id"), "tenant", uow.tenant))
                    .execute(uow);
        }
        return parked;
    }

    @Override
    public Set<EventId> discard(Collection<EventId> eventIds) {
        Set<EventId> parked = lockParked(eventIds);
        if (!parked.isEmpty()) {
            deleteRows(ids(parked));
        }
        return parked;
    }

    /** Which of the ids are parked events of the tenant, their rows locked until the unit of work ends. */
    private Set<EventId> lockParked(Collection<EventId> eventIds) {
        uow.writable();
        if (eventIds.isEmpty()) {
            return Set.of();
        }
        InList in = InList.ofUuids("id", ids(eventIds), uow.postgres());
        List<EventId> found = in.bind(new SqlQuery().append("select o.event_id from crm_outbox o where o.tenant_id = :tenant"
                        + " and o.parked_at is not null and " + in.in("o.event_id") + " for update", "tenant", uow.tenant))
                .rows(uow, 0, rs -> new EventId(rs.getObject(1, UUID.class)));
        return new LinkedHashSet<>(found);
    }

    private void deleteRows(List<UUID> ids) {
        InList in = InList.ofUuids("id", ids, uow.postgres());
        in.bind(new SqlQuery().append("delete from crm_outbox where tenant_id = :tenant and " + in.in("event_id"),
                "tenant", uow.tenant)).execute(uow);
    }

    private static List<UUID> ids(Collection<EventId> eventIds) {
        return eventIds.stream().map(EventId::value).distinct().toList();
    }

    private static void setInstant(PreparedStatement statement, int index, Instant instant) throws SQLException {
        if (instant == null) {
            statement.setNull(index, Types.TIMESTAMP_WITH_TIMEZONE);
        } else {
            statement.setObject(index, OffsetDateTime.ofInstant(instant, ZoneOffset.UTC));
        }
    }

    /** Runs {@link #SWEEP} on a connection of the store's own, outside any unit of work. */
    static List<OutboxBacklog> sweep(Connection connection, Instant now) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(SWEEP)) {
            statement.setObject(1, OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
            List<OutboxBacklog> backlog = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    backlog.add(new OutboxBacklog(TenantId.of(rs.getString(1)), rs.getLong(2), rs.getLong(3)));
                }
            }
            return backlog;
        }
    }
}
