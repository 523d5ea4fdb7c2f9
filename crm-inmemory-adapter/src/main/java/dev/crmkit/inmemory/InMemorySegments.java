package dev.crmkit.inmemory;

import dev.crmkit.common.SegmentId;
import dev.crmkit.common.UserId;
import dev.crmkit.segment.Segment;
import dev.crmkit.spi.SegmentRepository;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The segments of a partition, unique by owner and name key. */
final class InMemorySegments implements SegmentRepository {

    private final InMemoryUnitOfWork uow;
    private final TenantPartition data;

    InMemorySegments(InMemoryUnitOfWork uow) {
        this.uow = uow;
        this.data = uow.data;
    }

    @Override
    public Optional<Segment> findById(SegmentId id) {
        return data.segments.get(id);
    }

    @Override
    public List<Segment> findVisibleTo(UserId user) {
        Set<SegmentId> ids = new LinkedHashSet<>(data.segmentsByOwner.ids(user));
        ids.addAll(data.segmentsByShared.ids(Boolean.TRUE));
        return ids.stream().map(data.segments::get).flatMap(Optional::stream).toList();
    }

    @Override
    public Optional<Segment> findByOwnerAndNameKey(UserId owner, String nameKey) {
        return data.segments.findUnique(data.segmentsByOwnerName, new TenantPartition.OwnerAndName(owner, nameKey));
    }

    @Override
    public Segment insert(Segment segment) {
        return uow.insert(data.segments, segment::withVersion);
    }

    @Override
    public Segment update(Segment segment) {
        return uow.update(data.segments, "segment", segment.id(), segment.version(), Segment::version, segment::withVersion);
    }

    @Override
    public void delete(Segment segment) {
        uow.delete(data.segments, "segment", segment.id(), segment.version(), Segment::version);
    }
}
