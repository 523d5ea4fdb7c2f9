package dev.crmkit.segment;

import dev.crmkit.account.AccountQuery;
import dev.crmkit.common.SegmentId;
import dev.crmkit.common.Version;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Renames a segment, shares or unshares it, or replaces its query. Start from the segment as it was read
 * ({@link #from}) and change what differs.
 *
 * @param segmentId the segment
 * @param name its name
 * @param shared whether every user of the tenant sees it
 * @param criteria the query
 * @param expectedVersion the version the caller last saw
 */
public record UpdateSegment(
        @NotNull SegmentId segmentId,
        @NotBlank @Size(max = Segments.MAX_NAME) String name,
        boolean shared,
        @NotNull @Valid AccountQuery criteria,
        @NotNull Version expectedVersion) {

    /**
     * The segment as it was read, to change some of its parts.
     *
     * @param segment the segment
     * @return the command, changing nothing yet, at the segment's version
     */
    public static UpdateSegment from(Segment segment) {
        return new UpdateSegment(segment.id(), segment.name(), segment.shared(), segment.criteria(), segment.version());
    }

    /**
     * Starts a builder from the segment as it was read: every part as it is, at the segment's version.
     *
     * @param segment the segment
     * @return a builder whose steps change some parts
     */
    public static Builder builder(Segment segment) {
        return new Builder(from(segment));
    }

    /**
     * @param value the new name
     * @return the command with it
     */
    public UpdateSegment renamed(String value) {
        return new UpdateSegment(segmentId, value, shared, criteria, expectedVersion);
    }

    /**
     * @param value whether every user of the tenant sees it
     * @return the command with it
     */
    public UpdateSegment shared(boolean value) {
        return new UpdateSegment(segmentId, name, value, criteria, expectedVersion);
    }

    /**
     * @param value the new query
     * @return the command with it
     */
    public UpdateSegment withCriteria(AccountQuery value) {
        return new UpdateSegment(segmentId, name, shared, value, expectedVersion);
    }

    /** Builds an {@link UpdateSegment} from a segment as it was read, one named step per part to change. */
    public static final class Builder {

        private UpdateSegment command;

        private Builder(UpdateSegment start) {
            this.command = start;
        }

        /**
         * @param value the new name
         * @return this builder
         */
        public Builder name(String value) {
            command = command.renamed(value);
            return this;
        }

        /**
         * @param value whether every user of the tenant sees it
         * @return this builder
         */
        public Builder shared(boolean value) {
            command = command.shared(value);
            return this;
        }

        /**
         * @param value the new query
         * @return this builder
         */
        public Builder criteria(AccountQuery value) {
            command = command.withCriteria(value);
            return this;
        }

        /** @return the command, checked as any other when the use case receives it */
        public UpdateSegment build() {
            return command;
        }
    }
}
