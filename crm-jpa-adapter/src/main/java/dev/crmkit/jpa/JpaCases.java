package dev.crmkit.jpa;

import dev.crmkit.casework.CaseSettings;
import dev.crmkit.casework.ServiceCase;
import dev.crmkit.common.AccountId;
import dev.crmkit.common.CaseId;
import dev.crmkit.common.CatalogEntryId;
import dev.crmkit.common.Version;
import dev.crmkit.event.CaseEvent;
import dev.crmkit.spi.CaseHistoryRecord;
import dev.crmkit.spi.CaseRepository;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The service cases of a unit of work's tenant. The tenant's row in {@code crm_case_counter} holds the last number given
 * and the settings of cases; taking a number updates it, which locks it until the commit.
 */
final class JpaCases implements CaseRepository {

    private final JpaUnitOfWork uow;

    JpaCases(JpaUnitOfWork uow) {
        this.uow = uow;
    }

    private CaseEntity row(CaseId id) {
        return uow.rowForChange(CaseEntity.class, new Keys.ByUuid(uow.tenant, id.value()));
    }

    @Override
    public Optional<ServiceCase> findById(CaseId id) {
        return Optional.ofNullable(row(id)).map(r -> r.toDomain(uow.json));
    }

    @Override
    public Optional<ServiceCase> findByNumber(long number) {
        return uow.watched(() -> uow.em().createQuery(
                        "select c from ServiceCase c where c.tenantId = :tenant and c.number = :number", CaseEntity.class)
                .setParameter("tenant", uow.tenant)
                .setParameter("number", number)
                .getResultStream().findFirst()).map(r -> r.toDomain(uow.json));
    }

    @Override
    public List<ServiceCase> findByAccount(AccountId accountId) {
        return uow.watched(() -> uow.em().createQuery(
                        "select c from ServiceCase c where c.tenantId = :tenant and c.accountId = :account", CaseEntity.class)
                .setParameter("tenant", uow.tenant)
                .setParameter("account", accountId.value())
                .getResultList()).stream().map(r -> r.toDomain(uow.json)).toList();
    }

    @Override
    public boolean refersTo(CatalogEntryId entryId) {
        return !uow.watched(() -> uow.em().createQuery("select 1 from ServiceCase c where c.tenantId = :tenant"
                        + " and (c.categoryId = :entry or c.priorityId = :entry or c.teamId = :entry)", Integer.class)
                .setParameter("tenant", uow.tenant)
                .setParameter("entry", entryId.value())
                .setMaxResults(1)
                .getResultList()).isEmpty();
    }

    @Override
    public boolean existsForAccount(AccountId accountId) {
        return !uow.watched(() -> uow.em().createQuery(
                        "select 1 from ServiceCase c where c.tenantId = :tenant and c.accountId = :account", Integer.class)
                .setParameter("tenant", uow.tenant)
                .setParameter("account", accountId.value())
                .setMaxResults(1)
                .getResultList()).isEmpty();
    }

    @Override
    public long nextNumber() {
        uow.writable();
        if (uow.postgres()) {
            // One statement: the first case of a tenant creates its row, any later one moves it on; either way the
            // row stays locked until the commit.
            return ((Number) new SqlQuery().append("insert into crm_case_counter (tenant_id, last_number, reopen_window_days)"
                            + " values (:tenant, 1, :days) on conflict (tenant_id) do update"
                            + " set last_number = crm_case_counter.last_number + 1 returning last_number", "tenant", uow.tenant)
                    .bind("days", CaseSettings.DEFAULTS.reopenWindowDays())
                    .rows(uow, 0).get(0)[0]).longValue();
        }
        List<Object[]> taken = new SqlQuery().append("select last_number from final table (update crm_case_counter"
                + " set last_number = last_number + 1 where tenant_id = :tenant)", "tenant", uow.tenant).rows(uow, 0);
        if (!taken.isEmpty()) {
            return ((Number) taken.get(0)[0]).longValue();
        }
        // A concurrent first case inserts the same key: one of the two units of work fails and is tried again.
        new SqlQuery().append("insert into crm_case_counter (tenant_id, last_number, reopen_window_days)"
                        + " values (:tenant, 1, :days)", "tenant", uow.tenant)
                .bind("days", CaseSettings.DEFAULTS.reopenWindowDays())
                .execute(uow);
        return 1;
    }

    @Override
    public CaseSettings settings() {
        List<Object[]> rows = new SqlQuery().append("select reopen_window_days from crm_case_counter where tenant_id = :tenant",
                "tenant", uow.tenant).rows(uow, 0);
        return rows.isEmpty() ? CaseSettings.DEFAULTS : new CaseSettings(((Number) rows.get(0)[0]).intValue());
    }

    @Override
    public void saveSettings(CaseSettings settings) {
        uow.writable();
        int updated = new SqlQuery().append("update crm_case_counter set reopen_window_days = :days where tenant_id = :tenant",
                "days", settings.reopenWindowDays()).bind("tenant", uow.tenant).execute(uow);
        if (updated == 0) {
            new SqlQuery().append("insert into crm_case_counter (tenant_id, last_number, reopen_window_days)"
                    + " values (:tenant, 0, :days)", "tenant", uow.tenant).bind("days", settings.reopenWindowDays()).execute(uow);
        }
    }

    @Override
    public ServiceCase insert(ServiceCase serviceCase) {
        ServiceCase stored = serviceCase.withVersion(Version.FIRST);
        CaseEntity row = CaseEntity.of(uow.tenant, stored, uow.json);
        row.version = Version.FIRST.value();
        uow.insert(row);
        return stored;
    }

    @Override
    public ServiceCase update(ServiceCase serviceCase) {
        CaseEntity row = row(serviceCase.id());
        boolean unchanged = row != null && row.toDomain(uow.json).equals(serviceCase);
        return serviceCase.withVersion(uow.update(row, "case", serviceCase.id(), serviceCase.version(), r -> r.version,
                unchanged, r -> r.apply(serviceCase, uow.json)));
    }

    @Override
    public void appendHistory(List<CaseHistoryRecord> records) {
        uow.writable();
        for (CaseHistoryRecord record : records) {
            var meta = record.event().meta();
            uow.persist(new CaseHistoryEntity(uow.tenant, record.event().caseId().value(), meta.eventId().value(),
                    meta.occurredAt(), record.actorName(), uow.json.writeEvent(record.event()), uow.json.write(record.names())));
        }
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<CaseHistoryRecord> history(CaseId caseId) {
        return new SqlQuery().append("select h.payload, h.actor_name, h.names from crm_case_history h where h.tenant_id = :tenant"
                        + " and h.case_id = :case order by h.occurred_at, h.event_id", "tenant", uow.tenant)
                .bind("case", caseId.value())
                .rows(uow, 0).stream()
                .map(row -> new CaseHistoryRecord((CaseEvent) uow.json.readEvent((String) row[0]), (String) row[1],
                        new HashMap<String, String>((Map<String, String>) uow.json.read((String) row[2], Map.class))))
                .toList();
    }
}
