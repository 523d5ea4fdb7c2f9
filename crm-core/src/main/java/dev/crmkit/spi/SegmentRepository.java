package dev.crmkit.spi;

import dev.crmkit.common.SegmentId;
import dev.crmkit.common.UserId;
import dev.crmkit.segment.Segment;
import java.util.List;
import java.util.Optional;

/** The segments (saved account queries) of a unit of work's tenant. */
public interface SegmentRepository {

    /**
     * @param id the segment
     * @return the segment, if the tenant has it
     */
    Optional<Segment> findById(SegmentId id);

    /**
     * The segments a user sees: those the user owns and every shared one.
     *
     * @param user the user
     * @return the segments, in no particular order
     */
    List<Segment> findVisibleTo(UserId user);

    /**
     * @param owner a user
     * @param nameKey a name's key ({@code Segment.nameKey()})
     * @return the segment of that owner with that name, if any
     */
    Optional<Segment> findByOwnerAndNameKey(UserId owner, String nameKey);

    /**
     * Stores a new segment.
     *
     * @param segment the segment at {@code Version.UNSAVED}
     * @return the stored segment at its first version
     */
    Segment insert(Segment segment);

    /**
     * Stores a changed segment if its version is still the stored one.
     *
     * @param segment the segment at the version it was read at
     * @return the stored segment at its next version
     * @throws dev.crmkit.common.ConflictException when the stored version differs
     */
    Segment update(Segment segment);

    /**
     * Deletes a segment if its version is still the stored one.
     *
     * @param segment the segment at the version it was read at
     * @throws dev.crmkit.common.ConflictException when the stored version differs
     */
    void delete(Segment segment);
}
