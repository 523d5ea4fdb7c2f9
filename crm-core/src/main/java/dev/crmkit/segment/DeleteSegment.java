package dev.crmkit.segment;

import dev.crmkit.common.SegmentId;
import dev.crmkit.common.Version;
import jakarta.validation.constraints.NotNull;

/**
 * Deletes a segment.
 *
 * @param segmentId the segment
 * @param expectedVersion the version the caller last saw
 */
public record DeleteSegment(@NotNull SegmentId segmentId, @NotNull Version expectedVersion) {

    /**
     * The deletion of a segment as it was read.
     *
     * @param segment the segment
     * @return the command, at the segment's version
     */
    public static DeleteSegment of(Segment segment) {
        return new DeleteSegment(segment.id(), segment.version());
    }
}
