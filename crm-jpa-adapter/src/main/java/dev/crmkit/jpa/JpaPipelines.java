package dev.crmkit.jpa;

import dev.crmkit.common.ConflictException;
import dev.crmkit.common.PipelineId;
import dev.crmkit.common.UserId;
import dev.crmkit.common.Version;
import dev.crmkit.pipeline.Pipeline;
import dev.crmkit.spi.PipelineRepository;
import dev.crmkit.spi.TransactionMode;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The pipelines of a unit of work's tenant; (tenant, name key) is a unique constraint. */
final class JpaPipelines implements PipelineRepository {

    private final JpaUnitOfWork uow;
    /**
     * The pipelines this unit of work read without tracking them ({@link #findByIdToRead}), by id: a card's write
     * asks for its pipeline more than once (its access, then its stages and labels).
     */
    private final Map<UUID, Pipeline> read = new HashMap<>();

    JpaPipelines(JpaUnitOfWork uow) {
        this.uow = uow;
    }

    private PipelineEntity row(PipelineId id) {
        return uow.find(PipelineEntity.class, new Keys.ByUuid(uow.tenant, id.value()));
    }

    /**
     * The pipelines a statement selects ({@code select p.* from crm_pipeline p ...}), read with plain JDBC, and
     * their users in one more statement for all of them.
     */
    private List<Pipeline> list(SqlQuery sql) {
        List<PipelineEntity> rows = sql.rows(uow, 0, PipelineEntity::read);
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<UUID, PipelineEntity> byId = new HashMap<>();
        rows.forEach(r -> byId.put(r.id, r));
        InList ids = uow.uuids("id", byId.keySet());
        ids.bind(new SqlQuery().append("select u.pipeline_id, u.user_id from crm_pipeline_user u where u.tenant_id = :tenant and "
                        + ids.in("u.pipeline_id"), "tenant", uow.tenant))
                .rows(uow, 0)
                .forEach(r -> byId.get(JpaCards.uuid(r[0])).users.add((String) r[1]));
        return rows.stream().map(r -> r.toDomain(uow.json)).toList();
    }

    private SqlQuery select() {
        return new SqlQuery().append("select p.* from crm_pipeline p where p.tenant_id = :tenant", "tenant", uow.tenant);
    }

    @Override
    public Optional<Pipeline> findById(PipelineId id) {
        if (uow.mode() == TransactionMode.READ_WRITE) {
            // Read to be changed: the managed entity, which an update then edits, with its users in the same
            // statement (a pipeline has a handful: a join, where loading the collection took a second round trip).
            Keys.ByUuid key = new Keys.ByUuid(uow.tenant, id.value());
            PipelineEntity held = uow.managed(PipelineEntity.class, key);
            if (held == null) {
                held = uow.watched(() -> uow.em().createQuery("select p from Pipeline p left join fetch p.users"
                                + " where p.tenantId = :tenant and p.id = :id", PipelineEntity.class)
                        .setParameter("tenant", uow.tenant)
                        .setParameter("id", id.value())
                        .getResultList().stream().findFirst().orElse(null));
            }
            return Optional.ofNullable(held).map(r -> r.domain(uow.json));
        }
        return list(select().append(" and p.id = :id", "id", id.value())).stream().findFirst();
    }

    /**
     * On PostgreSQL, the pipeline and its users read with plain JDBC in one statement that locks its row
     * ({@code for no key update}), where a read and then the placement's lock ({@link JpaCards}) were two. Hibernate
     * cannot lock a query that fetches the users (its follow-on locking does not take a composite key), so the row
     * is not managed; the pipeline is not changed by a placement. A row already managed, and H2, take the usual read
     * and the placement's own lock.
     */
    @Override
    public Optional<Pipeline> findByIdForPlacement(PipelineId id) {
        if (uow.mode() != TransactionMode.READ_WRITE || !uow.postgres()
                || uow.managed(PipelineEntity.class, new Keys.ByUuid(uow.tenant, id.value())) != null) {
            return findById(id);
        }
        Optional<Pipeline> found = withUsers(id, " for no key update of p");
        if (found.isPresent()) {
            uow.lockedForPlacement(id.value());
            read.put(id.value(), found.get());
        }
        return found;
    }

    /**
     * A row this unit of work holds (managed, or read before), else, on PostgreSQL, the pipeline and its users in one
     * plain JDBC statement and no entity: a card's write reads its pipeline and never changes it, and a managed row
     * costs Hibernate's query, a snapshot and a check at the flush. H2 takes {@link #findById}.
     */
    @Override
    public Optional<Pipeline> findByIdToRead(PipelineId id) {
        Pipeline held = held(id);
        if (held != null) {
            return Optional.of(held);
        }
        if (!uow.postgres()) {
            return findById(id);
        }
        Optional<Pipeline> found = withUsers(id, "");
        found.ifPresent(p -> read.put(id.value(), p));
        return found;
    }

    /** The pipeline as this unit of work already holds it (read untracked, or managed), or null. */
    private Pipeline held(PipelineId id) {
        Pipeline untracked = read.get(id.value());
        if (untracked != null) {
            return untracked;
        }
        PipelineEntity managed = uow.managed(PipelineEntity.class, new Keys.ByUuid(uow.tenant, id.value()));
        return managed == null ? null : managed.domain(uow.json);
    }

    /**
     * From a pipeline this unit of work holds, else one statement on the users' key: a user of a pipeline is a row
     * of {@code crm_pipeline_user}, which the pipeline's deletion removes with it.
     */
    @Override
    public boolean usedBy(PipelineId id, UserId userId) {
        Pipeline held = held(id);
        if (held != null) {
            return held.hasUser(userId);
        }
        return !new SqlQuery().append("select 1 from crm_pipeline_user u where u.tenant_id = :tenant", "tenant", uow.tenant)
                .append(" and u.pipeline_id = :id", "id", id.value())
                .append(" and u.user_id = :user", "user", userId.value())
                .rows(uow, 1).isEmpty();
    }

    /** The pipeline and its users in one statement (PostgreSQL), the statement's tail after its key (a lock). */
    private Optional<Pipeline> withUsers(PipelineId id, String tail) {
        List<PipelineEntity> rows = new SqlQuery().append("select p.*, array(select u.user_id from crm_pipeline_user u"
                        + " where u.tenant_id = p.tenant_id and u.pipeline_id = p.id) as user_ids from crm_pipeline p"
                        + " where p.tenant_id = :tenant", "tenant", uow.tenant)
                .append(" and p.id = :id" + tail, "id", id.value())
                .rows(uow, 0, rs -> {
                    PipelineEntity row = PipelineEntity.read(rs);
                    for (Object user : (Object[]) rs.getArray("user_ids").getArray()) {
                        row.users.add((String) user);
                    }
                    return row;
                });
        return rows.stream().findFirst().map(r -> r.toDomain(uow.json));
    }

    @Override
    public List<Pipeline> findByIds(Collection<PipelineId> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        InList in = uow.uuids("id", ids.stream().map(PipelineId::value).toList());
        return list(in.bind(select().append(" and " + in.in("p.id"))));
    }

    @Override
    public List<Pipeline> findAll() {
        return list(select());
    }

    @Override
    public List<Pipeline> findByUser(UserId userId) {
        return list(select().append(" and exists (select 1 from crm_pipeline_user u where u.tenant_id = p.tenant_id"
                + " and u.pipeline_id = p.id and u.user_id = :user)", "user", userId.value()));
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
        read.remove(pipeline.id().value());
        PipelineEntity row = row(pipeline.id());
        boolean unchanged = row != null && row.domain(uow.json).equals(pipeline);
        return pipeline.withVersion(uow.update(row, "pipeline", pipeline.id(), pipeline.version(), r -> r.version, unchanged,
                r -> r.apply(pipeline, uow.json)));
    }

    @Override
    public void delete(Pipeline pipeline) {
        read.remove(pipeline.id().value());
        uow.delete(row(pipeline.id()), "pipeline", pipeline.id(), pipeline.version(), r -> r.version);
    }
}
