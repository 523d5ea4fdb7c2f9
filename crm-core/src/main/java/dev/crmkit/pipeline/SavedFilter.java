package dev.crmkit.pipeline;

import dev.crmkit.common.PipelineId;
import dev.crmkit.common.SavedFilterId;
import dev.crmkit.common.Text;
import dev.crmkit.common.UserId;
import dev.crmkit.common.Version;
import java.time.Instant;
import java.util.Objects;

/**
 * A board filter a user saved for a pipeline, to load again later.
 *
 * @param id its id
 * @param pipelineId the pipeline
 * @param owner the user who saved it (the only one who sees it)
 * @param name its name, unique per owner and pipeline case-insensitively
 * @param filter the filter
 * @param savedAt when it was saved
 * @param version its stored version
 */
public record SavedFilter(
        SavedFilterId id, PipelineId pipelineId, UserId owner, String name, BoardFilter filter, Instant savedAt, Version version) {

    /** Checks the parts are present. */
    public SavedFilter {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(pipelineId, "pipelineId");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(filter, "filter");
        Objects.requireNonNull(savedAt, "savedAt");
        Objects.requireNonNull(version, "version");
    }

    /** @return the key names are unique by */
    public String nameKey() {
        return Text.key(name);
    }

    /**
     * This filter at another version; adapters call it when they store it.
     *
     * @param newVersion the version
     * @return the same filter at that version
     */
    public SavedFilter withVersion(Version newVersion) {
        return new SavedFilter(id, pipelineId, owner, name, filter, savedAt, newVersion);
    }

    /**
     * Starts a {@link SavedFilter}; every other part starts empty
     * ({@code null}, an empty collection).
     *
     * @return a builder
     */
    public static Builder builder() {
        Builder builder = new Builder();
        return builder;
    }

    /**
     * Starts a builder from this {@link SavedFilter}: every part as it is here, for the steps to change some.
     *
     * @return a builder holding this record's parts
     */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.id = id;
        builder.pipelineId = pipelineId;
        builder.owner = owner;
        builder.name = name;
        builder.filter = filter;
        builder.savedAt = savedAt;
        builder.version = version;
        return builder;
    }

    /**
     * Builds a {@link SavedFilter}, one named step per part. Collection steps take a collection or values, and
     * replace what an earlier step gave.
     */
    public static final class Builder {

        private SavedFilterId id;
        private PipelineId pipelineId;
        private UserId owner;
        private String name;
        private BoardFilter filter;
        private Instant savedAt;
        private Version version;

        private Builder() {}

        /**
         * @param value its id
         * @return this builder
         */
        public Builder id(SavedFilterId value) {
            this.id = value;
            return this;
        }

        /**
         * @param value the pipeline
         * @return this builder
         */
        public Builder pipelineId(PipelineId value) {
            this.pipelineId = value;
            return this;
        }

        /**
         * @param value the user who saved it (the only one who sees it)
         * @return this builder
         */
        public Builder owner(UserId value) {
            this.owner = value;
            return this;
        }

        /**
         * @param value its name, unique per owner and pipeline case-insensitively
         * @return this builder
         */
        public Builder name(String value) {
            this.name = value;
            return this;
        }

        /**
         * @param value the filter
         * @return this builder
         */
        public Builder filter(BoardFilter value) {
            this.filter = value;
            return this;
        }

        /**
         * @param value when it was saved
         * @return this builder
         */
        public Builder savedAt(Instant value) {
            this.savedAt = value;
            return this;
        }

        /**
         * @param value its stored version
         * @return this builder
         */
        public Builder version(Version value) {
            this.version = value;
            return this;
        }

        /** @return the {@link SavedFilter} of the steps so far, checked as any other when a use case receives it */
        public SavedFilter build() {
            return new SavedFilter(id, pipelineId, owner, name, filter, savedAt, version);
        }
    }
}
