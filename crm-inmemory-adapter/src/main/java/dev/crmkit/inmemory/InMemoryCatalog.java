package dev.crmkit.inmemory;

import dev.crmkit.catalog.CatalogEntry;
import dev.crmkit.catalog.CatalogKind;
import dev.crmkit.common.CatalogEntryId;
import dev.crmkit.spi.CatalogRepository;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The catalog entries of a partition. */
final class InMemoryCatalog implements CatalogRepository {

    private final InMemoryUnitOfWork uow;

    InMemoryCatalog(InMemoryUnitOfWork uow) {
        this.uow = uow;
    }

    @Override
    public Optional<CatalogEntry> findById(CatalogEntryId id) {
        return uow.data.catalog.get(id);
    }

    @Override
    public List<CatalogEntry> findByIds(Collection<CatalogEntryId> ids) {
        return ids.stream().distinct().map(uow.data.catalog::get).flatMap(Optional::stream).toList();
    }

    @Override
    public List<CatalogEntry> findByKind(CatalogKind kind) {
        return uow.data.catalog.find(uow.data.catalogByKind, kind);
    }

    @Override
    public Optional<CatalogEntry> findByNameKey(CatalogKind kind, String nameKey) {
        return uow.data.catalog.findUnique(uow.data.catalogByName, new TenantPartition.KindAndName(kind, nameKey));
    }

    @Override
    public CatalogEntry insert(CatalogEntry entry) {
        return uow.insert(uow.data.catalog, entry::withVersion);
    }

    @Override
    public CatalogEntry update(CatalogEntry entry) {
        return uow.update(uow.data.catalog, "catalog-entry", entry.id(), entry.version(), CatalogEntry::version,
                entry::withVersion);
    }

    @Override
    public void delete(CatalogEntry entry) {
        uow.delete(uow.data.catalog, "catalog-entry", entry.id(), entry.version(), CatalogEntry::version);
    }
}
