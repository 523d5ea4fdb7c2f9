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
}
