package dev.crmkit.jpa;

import dev.crmkit.common.ConflictException;
import dev.crmkit.common.PipelineId;
import dev.crmkit.common.UserId;
import dev.crmkit.common.Version;
import dev.crmkit.pipeline.Pipeline;
import dev.crmkit.spi.PipelineRepository;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The pipelines of a unit of work's tenant; (tenant, name key) is a unique constraint. */
final class JpaPipelines implements PipelineRepository {

    private final JpaUnitOfWork uow;

    JpaPipelines(JpaUnitOfWork uow) {
        this.uow = uow;
    }

    private PipelineEntity row(PipelineId id) {
        return uow.em().find(PipelineEntity.class, new Keys.ByUuid(uow.tenant, id.value()));
    }

    private List<Pipeline> list(List<PipelineEntity> rows) {
        return rows.stream().map(r -> r.toDomain(uow.json)).toList();
    }

    @Override
    public Optional<Pipeline> findById(PipelineId id) {
        return Optional.ofNullable(row(id)).map(r -> r.toDomain(uow.json));
    }

    @Override
    public List<Pipeline> findByIds(Collection<PipelineId> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        InList in = new InList("id", ids.stream().map(PipelineId::value).toList());
        return list(in.bind(uow.em().createQuery("select p from Pipeline p where p.tenantId = :tenant and " + in.in("p.id"),
                        PipelineEntity.class))
                .setParameter("tenant", uow.tenant)
                .getResultList());
    }

    @Override
    public List<Pipeline> findAll() {
        return list(uow.em().createQuery("select p from Pipeline p where p.tenantId = :tenant", PipelineEntity.class)
                .setParameter("tenant", uow.tenant)
                .getResultList());
    }

    @Override
    public List<Pipeline> findByUser(UserId userId) {
        return list(uow.em().createQuery("select p from Pipeline p where p.tenantId = :tenant and :user member of p.users",
                        PipelineEntity.class)
                .setParameter("tenant", uow.tenant)
                .setParameter("user", userId.value())
                .getResultList());
    }

    @Override
    public Optional<Pipeline> findByNameKey(String nameKey) {
        return uow.em().createQuery("select p from Pipeline p where p.tenantId = :tenant and p.nameKey = :key", PipelineEntity.class)
                .setParameter("tenant", uow.tenant)
                .setParameter("key", nameKey)
                .getResultList().stream().findFirst().map(r -> r.toDomain(uow.json));
    }

    @Override
    public Pipeline insert(Pipeline pipeline) {
        // A taken id surfaces as the primary key's violation, translated to ConflictException.duplicate.
        Pipeline stored = pipeline.withVersion(Version.FIRST);
        PipelineEntity row = PipelineEntity.of(uow.tenant, stored, uow.json);
        row.version = Version.FIRST.value();
        uow.insert(row);
        return stored;
    }

    @Override
    public Pipeline update(Pipeline pipeline) {
        PipelineEntity row = row(pipeline.id());
        boolean unchanged = row != null && row.toDomain(uow.json).equals(pipeline);
        return pipeline.withVersion(uow.update(row, "pipeline", pipeline.id(), pipeline.version(), r -> r.version, unchanged,
                r -> r.apply(pipeline, uow.json)));
    }

    @Override
    public void delete(Pipeline pipeline) {
        uow.delete(row(pipeline.id()), "pipeline", pipeline.id(), pipeline.version(), r -> r.version);
    }
}
