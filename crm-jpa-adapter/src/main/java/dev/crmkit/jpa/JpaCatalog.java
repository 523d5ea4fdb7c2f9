package dev.crmkit.jpa;

import dev.crmkit.catalog.CatalogEntry;
import dev.crmkit.catalog.CatalogKind;
import dev.crmkit.common.CatalogEntryId;
import dev.crmkit.common.ConflictException;
import dev.crmkit.common.Version;
import dev.crmkit.spi.CatalogRepository;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The catalog entries of a unit of work's tenant; (tenant, kind, name key) is a unique constraint. */
final class JpaCatalog implements CatalogRepository {

    private final JpaUnitOfWork uow;

    JpaCatalog(JpaUnitOfWork uow) {
        this.uow = uow;
    }

    private CatalogEntryEntity row(CatalogEntryId id) {
        return uow.find(CatalogEntryEntity.class, new Keys.ByUuid(uow.tenant, id.value()));
    }

    @Override
    public Optional<CatalogEntry> findById(CatalogEntryId id) {
        return Optional.ofNullable(row(id)).map(r -> r.toDomain(uow.json));
    }

    @Override
    public List<CatalogEntry> findByIds(Collection<CatalogEntryId> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        InList in = uow.uuids("id", ids.stream().map(CatalogEntryId::value).toList());
        return in.bind(new SqlQuery().append("select e.* from crm_catalog_entry e where e.tenant_id = :tenant and "
                        + in.in("e.id"), "tenant", uow.tenant))
                .rows(uow, 0, CatalogEntryEntity::read).stream().map(r -> r.toDomain(uow.json)).toList();
    }

    @Override
    public List<CatalogEntry> findByKind(CatalogKind kind) {
        return uow.em().createQuery("select e from CatalogEntry e where e.tenantId = :tenant and e.kind = :kind",
                        CatalogEntryEntity.class)
                .setParameter("tenant", uow.tenant)
                .setParameter("kind", kind.name())
                .getResultList().stream().map(r -> r.toDomain(uow.json)).toList();
    }

    @Override
    public Optional<CatalogEntry> findByNameKey(CatalogKind kind, String nameKey) {
        return uow.em().createQuery(
                        "select e from CatalogEntry e where e.tenantId = :tenant and e.kind = :kind and e.nameKey = :key",
                        CatalogEntryEntity.class)
                .setParameter("tenant", uow.tenant)
                .setParameter("kind", kind.name())
                .setParameter("key", nameKey)
                .getResultList().stream().findFirst().map(r -> r.toDomain(uow.json));
    }

    @Override
    public CatalogEntry insert(CatalogEntry entry) {
        uow.writable();
        // A taken id surfaces as the primary key's violation, translated to ConflictException.duplicate.
        CatalogEntry stored = entry.withVersion(Version.FIRST);
        CatalogEntryEntity row = CatalogEntryEntity.of(uow.tenant, stored, uow.json);
        row.version = Version.FIRST.value();
        uow.insert(row);
        // The unique name surfaces here, like the in-memory adapter's, not at commit.
        uow.flush();
        return stored;
    }

    @Override
    public CatalogEntry update(CatalogEntry entry) {
        CatalogEntryEntity row = row(entry.id());
        boolean unchanged = row != null && row.toDomain(uow.json).equals(entry);
        Version next = uow.update(row, "catalog-entry", entry.id(), entry.version(), r -> r.version, unchanged,
                r -> r.apply(entry, uow.json));
        uow.flush();
        return entry.withVersion(next);
    }

    @Override
    public void delete(CatalogEntry entry) {
        uow.delete(row(entry.id()), "catalog-entry", entry.id(), entry.version(), r -> r.version);
    }
}
