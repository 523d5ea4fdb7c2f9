package dev.crmkit.inmemory;

import dev.crmkit.common.PipelineId;
import dev.crmkit.common.SavedFilterId;
import dev.crmkit.common.UserId;
import dev.crmkit.pipeline.SavedFilter;
import dev.crmkit.spi.SavedFilterRepository;
import java.util.List;
import java.util.Optional;

/** The saved board filters of a partition. */
final class InMemorySavedFilters implements SavedFilterRepository {

    private final InMemoryUnitOfWork uow;
    private final TenantPartition data;

    InMemorySavedFilters(InMemoryUnitOfWork uow) {
        this.uow = uow;
        this.data = uow.data;
    }

    @Override
    public Optional<SavedFilter> findById(SavedFilterId id) {
        return data.savedFilters.get(id);
    }

    @Override
    public List<SavedFilter> findByOwner(PipelineId pipelineId, UserId owner) {
        return data.savedFilters.find(data.savedFiltersByOwner, new TenantPartition.PipelineAndOwner(pipelineId, owner));
    }

    @Override
    public SavedFilter insert(SavedFilter filter) {
        return uow.insert(data.savedFilters, filter::withVersion);
    }

    @Override
    public SavedFilter update(SavedFilter filter) {
        return uow.update(data.savedFilters, "saved-filter", filter.id(), filter.version(), SavedFilter::version,
                filter::withVersion);
    }

    @Override
    public void delete(SavedFilter filter) {
        uow.delete(data.savedFilters, "saved-filter", filter.id(), filter.version(), SavedFilter::version);
    }

    @Override
    public void deleteByPipeline(PipelineId pipelineId) {
        Journal journal = uow.writable();
        for (SavedFilter filter : data.savedFilters.find(data.savedFiltersByPipeline, pipelineId)) {
            data.savedFilters.delete(filter.id(), journal);
        }
    }
}
