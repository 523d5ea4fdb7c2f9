package dev.crmkit.jpa;

import dev.crmkit.common.ConflictException;
import dev.crmkit.common.PipelineId;
import dev.crmkit.common.SavedFilterId;
import dev.crmkit.common.UserId;
import dev.crmkit.common.Version;
import dev.crmkit.pipeline.SavedFilter;
import dev.crmkit.spi.SavedFilterRepository;
import java.util.List;
import java.util.Optional;

/** The saved board filters of a unit of work's tenant; (pipeline, owner, name key) is a unique constraint. */
final class JpaSavedFilters implements SavedFilterRepository {

    private final JpaUnitOfWork uow;

    JpaSavedFilters(JpaUnitOfWork uow) {
        this.uow = uow;
    }

    private SavedFilterEntity row(SavedFilterId id) {
        return uow.find(SavedFilterEntity.class, new Keys.ByUuid(uow.tenant, id.value()));
    }

    @Override
    public Optional<SavedFilter> findById(SavedFilterId id) {
        return Optional.ofNullable(row(id)).map(r -> r.toDomain(uow.json));
    }

    @Override
    public List<SavedFilter> findByOwner(PipelineId pipelineId, UserId owner) {
        return uow.em().createQuery("select f from SavedFilter f where f.tenantId = :tenant and f.pipelineId = :pipeline"
                        + " and f.ownerId = :owner", SavedFilterEntity.class)
                .setParameter("tenant", uow.tenant)
                .setParameter("pipeline", pipelineId.value())
                .setParameter("owner", owner.value())
                .getResultList().stream().map(r -> r.toDomain(uow.json)).toList();
    }

    @Override
    public SavedFilter insert(SavedFilter filter) {
        // A taken id surfaces as the primary key's violation, translated to ConflictException.duplicate.
        SavedFilter stored = filter.withVersion(Version.FIRST);
        SavedFilterEntity row = SavedFilterEntity.of(uow.tenant, stored, uow.json);
        row.version = Version.FIRST.value();
        uow.insert(row);
        uow.flush();
        return stored;
    }

    @Override
    public SavedFilter update(SavedFilter filter) {
        SavedFilterEntity row = row(filter.id());
        boolean unchanged = row != null && row.toDomain(uow.json).equals(filter);
        SavedFilter stored = filter.withVersion(uow.update(row, "saved-filter", filter.id(), filter.version(), r -> r.version,
                unchanged, r -> r.apply(filter, uow.json)));
        uow.flush();
        return stored;
    }

    @Override
    public void delete(SavedFilter filter) {
        uow.delete(row(filter.id()), "saved-filter", filter.id(), filter.version(), r -> r.version);
    }

    @Override
    public void deleteByPipeline(PipelineId pipelineId) {
        uow.writable();
        uow.em().createQuery("select f from SavedFilter f where f.tenantId = :tenant and f.pipelineId = :pipeline",
                        SavedFilterEntity.class)
                .setParameter("tenant", uow.tenant)
                .setParameter("pipeline", pipelineId.value())
                .getResultList()
                .forEach(uow::remove);
    }
}
