package dev.crmkit.jpa;

import dev.crmkit.agenda.AgendaEntry;
import dev.crmkit.agenda.AgendaSettings;
import dev.crmkit.common.AccountId;
import dev.crmkit.common.AgendaEntryId;
import dev.crmkit.common.CardId;
import dev.crmkit.common.CaseId;
import dev.crmkit.common.CatalogEntryId;
import dev.crmkit.common.ConflictException;
import dev.crmkit.common.UserId;
import dev.crmkit.common.Version;
import dev.crmkit.spi.AgendaRepository;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The agenda of a unit of work's tenant. The dedupe key is a unique constraint: an agenda rule's second insert of
 * a trigger, from this node or another, surfaces as {@code ConflictException.duplicate} naming {@code dedupeKey}.
 */
final class JpaAgenda implements AgendaRepository {

    private final JpaUnitOfWork uow;

    /** The entries this unit of work read in plain JDBC to change them. */
    private final HeldRows<AgendaEntry> held;

    JpaAgenda(JpaUnitOfWork uow) {
        this.uow = uow;
        this.held = new HeldRows<>(uow, AgendaEntryEntity.class);
    }

    private AgendaEntryEntity row(AgendaEntryId id) {
        return uow.rowForChange(AgendaEntryEntity.class, new Keys.ByUuid(uow.tenant, id.value()));
    }

    private List<AgendaEntryEntity> rows(String where, Map<String, Object> params) {
        var query = uow.em().createQuery("select e from AgendaEntry e where e.tenantId = :tenant and " + where,
                AgendaEntryEntity.class).setParameter("tenant", uow.tenant);
        params.forEach(query::setParameter);
        return query.getResultList();
    }

    private static List<AgendaEntry> entries(List<AgendaEntryEntity> rows) {
        return rows.stream().map(AgendaEntryEntity::toDomain).toList();
    }

    /**
     * An entry by its id: one Hibernate manages comes from its row; any other is read in plain JDBC ({@link HeldRows}),
     * in a read-write unit of work under a lock until the commit (see {@link JpaUnitOfWork#rowForChange} for why).
     */
    @Override
    public Optional<AgendaEntry> findById(AgendaEntryId id) {
        return held.find(id.value(), () -> Optional.ofNullable(row(id)).map(AgendaEntryEntity::toDomain), () -> {
            List<AgendaEntryEntity> rows = new SqlQuery()
                    .append("select e.* from crm_agenda_entry e where e.tenant_id = :tenant", "tenant", uow.tenant)
                    .append(" and e.id = :id" + uow.lockForChange("e"), "id", id.value())
                    .rows(uow, 0, AgendaEntryEntity::read);
            return rows.isEmpty() ? null : rows.get(0).toDomain();
        });
    }

    @Override
    public List<AgendaEntry> findByIds(Collection<AgendaEntryId> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        InList in = new InList("id", ids.stream().map(AgendaEntryId::value).toList());
        return entries(in.bind(uow.em().createQuery("select e from AgendaEntry e where e.tenantId = :tenant and " + in.in("e.id"),
                AgendaEntryEntity.class)).setParameter("tenant", uow.tenant).getResultList());
    }

    @Override
    public List<AgendaEntry> findByAccount(AccountId accountId) {
        return listing(" and e.account_id = :value", accountId.value());
    }

    @Override
    public List<AgendaEntry> findByCard(CardId cardId) {
        return entries(rows("e.cardId = :card", Map.of("card", cardId.value())));
    }

    @Override
    public List<AgendaEntry> findByCase(CaseId caseId) {
        return listing(" and e.case_id = :value", caseId.value());
    }

    @Override
    public List<AgendaEntry> findPendingByUser(UserId userId) {
        return listing(" and e.user_id = :value and e.status = 'PENDING'", userId.value());
    }

    /**
     * Entries of the tenant meeting a condition ({@code and ...} over alias {@code e}, its one parameter
     * {@code :value}), read with plain JDBC: a
     * user's task list is hundreds of entries, which Hibernate hydrated one entity at a time for a result nobody
     * changes (a change reads its row again, by id).
     */
    private List<AgendaEntry> listing(String condition, Object value) {
        return new SqlQuery().append("select e.* from crm_agenda_entry e where e.tenant_id = :tenant", "tenant", uow.tenant)
                .append(condition, "value", value)
                .rows(uow, 0, AgendaEntryEntity::read).stream().map(AgendaEntryEntity::toDomain).toList();
    }

    @Override
    public Optional<AgendaEntry> findByDedupeKey(String dedupeKey) {
        return rows("e.dedupeKey = :key", Map.of("key", dedupeKey)).stream().findFirst().map(AgendaEntryEntity::toDomain);
    }

    @Override
    public List<AgendaEntry> createdBetween(Instant from, Instant to, EntryPosition after, int limit) {
        SqlQuery sql = new SqlQuery().append("select e.* from crm_agenda_entry e where e.tenant_id = :tenant"
                + " and e.created_at >= :from and e.created_at < :to", "tenant", uow.tenant).bind("from", from).bind("to", to);
        if (after != null) {
            sql.append(" and (e.created_at, e.id) > (:afterAt, :afterId)", "afterAt", after.createdAt())
                    .bind("afterId", after.id().value());
        }
        sql.append(" order by e.created_at, e.id");
        return entries(sql.entities(uow.em(), AgendaEntryEntity.class, limit));
    }

    @Override
    public boolean existsOfType(CatalogEntryId typeId) {
        return !uow.em().createQuery("select 1 from AgendaEntry e where e.tenantId = :tenant and e.typeId = :type", Integer.class)
                .setParameter("tenant", uow.tenant)
                .setParameter("type", typeId.value())
                .setMaxResults(1)
                .getResultList().isEmpty();
    }

    @Override
    public AgendaEntry insert(AgendaEntry entry) {
        AgendaEntry stored = entry.withVersion(Version.FIRST);
        AgendaEntryEntity row = AgendaEntryEntity.of(uow.tenant, stored);
        row.version = Version.FIRST.value();
        uow.insert(row);
        if (row.dedupeKey != null) {
            // A rule's trigger is taken at most once: the unique key answers here, inside the rule's unit of work.
            uow.flush();
        }
        return stored;
    }

    @Override
    public AgendaEntry update(AgendaEntry entry) {
        AgendaEntry before = held.forChange(entry.id().value());
        if (before != null) {
            // Written whole in plain JDBC, its version moved on by one (JpaUnitOfWork#updateHeld).
            AgendaEntry stored = entry.withVersion(entry.version().next());
            AgendaEntryEntity row = AgendaEntryEntity.of(uow.tenant, stored);
            row.version = stored.version().value();
            long loaded = entry.version().value();
            uow.updateHeld("agenda-entry", entry.id(), before.version(), entry.version(), AgendaEntryEntity.UPDATE,
                    statement -> row.bindUpdate(statement, loaded));
            held.hold(entry.id().value(), stored);
            return stored;
        }
        AgendaEntryEntity row = row(entry.id());
        boolean unchanged = row != null && row.toDomain().equals(entry);
        return entry.withVersion(uow.update(row, "agenda-entry", entry.id(), entry.version(), r -> r.version, unchanged,
                r -> r.apply(entry)));
    }

    @Override
    public void delete(AgendaEntry entry) {
        held.forget(entry.id().value());
        uow.delete(row(entry.id()), "agenda-entry", entry.id(), entry.version(), r -> r.version);
    }

    @Override
    public List<AgendaEntry> deleteByAccount(AccountId accountId) {
        uow.writable();
        List<AgendaEntryEntity> rows = rows("e.accountId = :account", Map.of("account", accountId.value()));
        rows.forEach(row -> {
            held.forget(row.id);
            uow.remove(row);
        });
        return entries(rows);
    }

    @Override
    public Optional<AgendaSettings> settings() {
        return Optional.ofNullable(uow.find(AgendaSettingsEntity.class, uow.tenant)).map(r -> r.toDomain(uow.json));
    }

    @Override
    public AgendaSettings saveSettings(AgendaSettings settings) {
        uow.writable();
        AgendaSettingsEntity row = uow.rowForChange(AgendaSettingsEntity.class, uow.tenant);
        if (settings.version().equals(Version.UNSAVED)) {
            if (row != null) {
                throw ConflictException.staleVersion("agenda-settings", uow.tenant, settings.version(), Version.of(row.version));
            }
            AgendaSettingsEntity fresh = new AgendaSettingsEntity();
            fresh.tenantId = uow.tenant;
            fresh.settings = uow.json.write(settings.withVersion(Version.UNSAVED));
            fresh.version = Version.FIRST.value();
            uow.insert(fresh);
            return settings.withVersion(Version.FIRST);
        }
        boolean unchanged = row != null && row.toDomain(uow.json).equals(settings);
        Version next = uow.update(row, "agenda-settings", uow.tenant, settings.version(), r -> r.version, unchanged,
                r -> r.settings = uow.json.write(settings.withVersion(Version.UNSAVED)));
        return settings.withVersion(next);
    }
}
