package dev.crmkit.inmemory;

import dev.crmkit.common.PipelineId;
import dev.crmkit.common.UserId;
import dev.crmkit.pipeline.Pipeline;
import dev.crmkit.spi.PipelineRepository;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The pipelines of a partition. */
final class InMemoryPipelines implements PipelineRepository {

    private final InMemoryUnitOfWork uow;
    private final TenantPartition data;

    InMemoryPipelines(InMemoryUnitOfWork uow) {
        this.uow = uow;
        this.data = uow.data;
    }

    @Override
    public Optional<Pipeline> findById(PipelineId id) {
        return data.pipelines.get(id);
    }

    @Override
    public List<Pipeline> findByIds(Collection<PipelineId> ids) {
        return ids.stream().distinct().map(data.pipelines::get).flatMap(Optional::stream).toList();
    }

    @Override
    public List<Pipeline> findAll() {
        return List.copyOf(data.pipelines.all());
    }

    @Override
    public List<Pipeline> findByUser(UserId userId) {
        return data.pipelines.find(data.pipelinesByUser, userId);
    }

    @Override
    public Optional<Pipeline> findByNameKey(String nameKey) {
        return data.pipelines.findUnique(data.pipelinesByName, nameKey);
    }

    @Override
    public Pipeline insert(Pipeline pipeline) {
        return uow.insert(data.pipelines, pipeline::withVersion);
    }

    @Override
    public Pipeline update(Pipeline pipeline) {
        return uow.update(data.pipelines, "pipeline", pipeline.id(), pipeline.version(), Pipeline::version,
                pipeline::withVersion);
    }

    @Override
    public void delete(Pipeline pipeline) {
        uow.delete(data.pipelines, "pipeline", pipeline.id(), pipeline.version(), Pipeline::version);
    }
}
