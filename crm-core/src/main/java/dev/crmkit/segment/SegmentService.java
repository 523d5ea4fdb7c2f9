package dev.crmkit.segment;

import dev.crmkit.account.Account;
import dev.crmkit.account.AccountQuery;
import dev.crmkit.common.AccessDeniedException;
import dev.crmkit.common.ConflictException;
import dev.crmkit.common.InvalidCommandException;
import dev.crmkit.common.NotFoundException;
import dev.crmkit.common.Page;
import dev.crmkit.common.SegmentId;
import dev.crmkit.common.Text;
import dev.crmkit.event.SegmentEvent;
import dev.crmkit.internal.AccountQueries;
import dev.crmkit.internal.Caller;
import dev.crmkit.internal.Context;
import dev.crmkit.internal.UseCases;
import java.util.Comparator;
import java.util.List;

/** {@link Segments} for one actor. */
final class SegmentService implements Segments {

    private static final Comparator<Segment> BY_NAME =
            Comparator.comparing((Segment s) -> Text.sortKey(s.name())).thenComparing(Segment::id);

    private final UseCases useCases;
    private final Caller actor;

    SegmentService(UseCases useCases, Caller actor) {
        this.useCases = useCases;
        this.actor = actor;
    }

    @Override
    public Segment create(CreateSegment command) {
        return useCases.write(actor, command, context -> {
            checkCriteria(context, command.criteria(), "CreateSegment");
            freeName(context, command.name(), null, "CreateSegment");
            Segment stored = context.uow.segments().insert(
                    Segment.create(context.user.id(), command.name(), command.shared(), command.criteria(), context.now));
            context.record(new SegmentEvent.SegmentCreated(context.meta(), stored.id(), stored.owner(), stored.name(),
                    stored.shared(), stored.criteria()));
            return stored;
        });
    }

    @Override
    public Segment update(UpdateSegment command) {
        return useCases.write(actor, command, context -> {
            Segment current = owned(context, command.segmentId());
            if (!current.version().equals(command.expectedVersion())) {
                throw ConflictException.staleVersion("segment", current.id(), command.expectedVersion(), current.version());
            }
            checkCriteria(context, command.criteria(), "UpdateSegment");
            freeName(context, command.name(), current.id(), "UpdateSegment");
            var changed = current.update(command.name(), command.shared(), command.criteria(), context.now);
            if (!changed.changed()) {
                return current;
            }
            Segment stored = context.uow.segments().update(changed.value());
            context.record(new SegmentEvent.SegmentUpdated(context.meta(), stored.id(), stored.name(), stored.criteria(),
                    changed.changes()));
            return stored;
        });
    }

    @Override
    public void delete(DeleteSegment command) {
        useCases.write(actor, command, context -> {
            Segment current = owned(context, command.segmentId());
            if (!current.version().equals(command.expectedVersion())) {
                throw ConflictException.staleVersion("segment", current.id(), command.expectedVersion(), current.version());
            }
            context.uow.segments().delete(current);
            context.record(new SegmentEvent.SegmentDeleted(context.meta(), current.id(), current.name()));
            return null;
        });
    }

    @Override
    public Segment get(SegmentId segmentId) {
        return useCases.read(actor, context -> visible(context, segmentId));
    }

    @Override
    public List<Segment> list() {
        return useCases.read(actor, context -> context.uow.segments().findVisibleTo(context.user.id()).stream()
                .sorted(BY_NAME)
                .toList());
    }

    @Override
    public long count(SegmentId segmentId) {
        return useCases.read(actor, context -> {
            Segment segment = visible(context, segmentId);
            return context.uow.accounts().count(AccountQueries.criteria(context, segment.criteria(), false));
        });
    }

    @Override
    public Page<Account> preview(SegmentId segmentId, String cursor) {
        return useCases.read(actor, context -> {
            Segment segment = visible(context, segmentId);
            if (cursor != null && cursor.length() > 2000) {
                throw InvalidCommandException.single("cursor", "Size", 0, 2000);
            }
            return AccountQueries.page(context, useCases.cursors(), segment.criteria().after(cursor), false);
        });
    }

    /**
     * The query's references are checked as a query's are, for its owner: a filter they cannot resolve is refused now.
     * Read later, by the owner or another user, a pipeline the reader does not see only matches no card.
     */
    private static void checkCriteria(Context context, AccountQuery criteria, String command) {
        InvalidCommandException.Builder problems = InvalidCommandException.builder(command);
        if (criteria.cursor() != null) {
            // A segment is read from its first page: a cursor would be one reader's position, meaningless to keep.
            problems.add("criteria.cursor", "FirstPage");
        }
        AccountQueries.check(context, criteria, problems, "criteria.");
        problems.throwIfAny();
    }

    private static void freeName(Context context, String name, SegmentId self, String command) {
        context.uow.segments().findByOwnerAndNameKey(context.user.id(), Text.key(name.strip()))
                .filter(other -> !other.id().equals(self))
                .ifPresent(other -> {
                    throw InvalidCommandException.builder(command).add("name", "Unique").build();
                });
    }

    /** A segment the actor sees; another user's private one, or one of another tenant, is not found. */
    private static Segment visible(Context context, SegmentId segmentId) {
        return context.uow.segments().findById(Context.required(segmentId, "segmentId"))
                .filter(s -> s.visibleTo(context.user.id()))
                .orElseThrow(() -> new NotFoundException("segment", "segmentId", segmentId));
    }

    /** A segment the actor owns; a shared one of another user is seen but refused. */
    private static Segment owned(Context context, SegmentId segmentId) {
        Segment segment = visible(context, segmentId);
        if (!segment.owner().equals(context.user.id())) {
            throw new AccessDeniedException("access.not-segment-owner", "segmentId", segment.owner().value());
        }
        return segment;
    }
}
