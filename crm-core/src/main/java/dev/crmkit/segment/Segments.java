package dev.crmkit.segment;

import dev.crmkit.account.Account;
import dev.crmkit.common.Page;
import dev.crmkit.common.SegmentId;
import java.util.List;

/**
 * Segments: account queries saved under a name, private to their owner or shared with every user of the tenant, and
 * evaluated live. Whoever reads a segment sees only the accounts in their own scope, so a shared segment may count
 * differently for two users. Only the owner changes or deletes a segment.
 */
public interface Segments {

    /** The longest name. */
    int MAX_NAME = 120;

    /**
     * Saves a query as a segment of the actor.
     *
     * @param command the name, whether it is shared, and the query (its filters are checked as a query's are)
     * @return the stored segment
     */
    Segment create(CreateSegment command);

    /**
     * Renames a segment, shares or unshares it, or replaces its query; the actor must own it.
     *
     * @param command the segment as read, with the parts to change
     * @return the stored segment
     */
    Segment update(UpdateSegment command);

    /**
     * Deletes a segment the actor owns.
     *
     * @param command the segment and the version the caller last saw
     */
    void delete(DeleteSegment command);

    /**
     * One segment the actor sees.
     *
     * @param segmentId the segment
     * @return the segment
     */
    Segment get(SegmentId segmentId);

    /**
     * The segments the actor sees (their own and the shared ones), by name.
     *
     * @return the segments
     */
    List<Segment> list();

    /**
     * How many accounts in the actor's scope match a segment now.
     *
     * @param segmentId the segment
     * @return the number of accounts
     */
    long count(SegmentId segmentId);

    /**
     * A page of the accounts in the actor's scope that match a segment now, in the segment's sort and page size.
     *
     * @param segmentId the segment
     * @param cursor the previous page's cursor, or {@code null} for the first page
     * @return the page
     */
    Page<Account> preview(SegmentId segmentId, String cursor);
}
