package dev.crmkit.jpa;

import dev.crmkit.common.SegmentId;
import dev.crmkit.common.UserId;
import dev.crmkit.common.Version;
import dev.crmkit.segment.Segment;
import dev.crmkit.spi.SegmentRepository;
import java.util.List;
import java.util.Optional;

/** The segments of a unit of work's tenant. */
final class JpaSegments implements SegmentRepository {

    private final JpaUnitOfWork uow;

    JpaSegments(JpaUnitOfWork uow) {
        this.uow = uow;
    }

    private SegmentEntity row(SegmentId id) {
        return uow.find(SegmentEntity.class, new Keys.ByUuid(uow.tenant, id.value()));
    }

    @Override
    public Optional<Segment> findById(SegmentId id) {
        return Optional.ofNullable(row(id)).map(r -> r.toDomain(uow.json));
    }

    @Override
    public List<Segment> findVisibleTo(UserId user) {
        return uow.watched(() -> uow.em().createQuery("select s from Segment s where s.tenantId = :tenant"
                                + " and (s.ownerId = :owner or s.shared = true)", SegmentEntity.class)
                .setParameter("tenant", uow.tenant)
                .setParameter("owner", user.value())
                .getResultList()).stream().map(r -> r.toDomain(uow.json)).toList();
    }

    @Override
    public Optional<Segment> findByOwnerAndNameKey(UserId owner, String nameKey) {
        return uow.watched(() -> uow.em().createQuery("select s from Segment s where s.tenantId = :tenant"
                                + " and s.ownerId = :owner and s.nameKey = :key", SegmentEntity.class)
                .setParameter("tenant", uow.tenant)
                .setParameter("owner", owner.value())
                .setParameter("key", nameKey)
                .getResultStream().findFirst()).map(r -> r.toDomain(uow.json));
    }

    @Override
    public Segment insert(Segment segment) {
        // A taken id, or a name the owner already uses, surfaces as a constraint's violation, translated to a conflict.
        Segment stored = segment.withVersion(Version.FIRST);
        SegmentEntity row = SegmentEntity.of(uow.tenant, stored, uow.json);
        row.version = Version.FIRST.value();
        uow.insert(row);
        uow.flush();
        return stored;
    }

    @Override
    public Segment update(Segment segment) {
        SegmentEntity row = row(segment.id());
        boolean unchanged = row != null && row.toDomain(uow.json).equals(segment);
        Segment stored = segment.withVersion(uow.update(row, "segment", segment.id(), segment.version(), r -> r.version,
                unchanged, r -> r.apply(segment, uow.json)));
        uow.flush();
        return stored;
    }

    @Override
    public void delete(Segment segment) {
        uow.delete(row(segment.id()), "segment", segment.id(), segment.version(), r -> r.version);
    }
}
