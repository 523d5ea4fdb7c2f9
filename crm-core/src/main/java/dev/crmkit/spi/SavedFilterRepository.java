package dev.crmkit.spi;

import dev.crmkit.common.PipelineId;
import dev.crmkit.common.SavedFilterId;
import dev.crmkit.common.UserId;
import dev.crmkit.pipeline.SavedFilter;
import java.util.List;
import java.util.Optional;

/**
 * The saved board filters of a unit of work's tenant. The triple (pipeline, owner, name key) is unique.
 */
public interface SavedFilterRepository {

    /**
     * @param id the filter
     * @return the filter, if the tenant has it
     */
    Optional<SavedFilter> findById(SavedFilterId id);

    /**
     * @param pipelineId a pipeline
     * @param owner a user
     * @return the user's filters of the pipeline, in no particular order
     */
    List<SavedFilter> findByOwner(PipelineId pipelineId, UserId owner);

    /**
     * @param filter a new filter at {@code Version.UNSAVED}
     * @return the filter at {@code Version.FIRST}
     */
    SavedFilter insert(SavedFilter filter);

    /**
     * @param filter the filter, at the version it was loaded with
     * @return the filter at the next version
     */
    SavedFilter update(SavedFilter filter);

    /**
     * @param filter the filter, at the version it was loaded with
     */
    void delete(SavedFilter filter);

    /**
     * Deletes every filter of a pipeline (the pipeline is being deleted).
     *
     * @param pipelineId the pipeline
     */
    void deleteByPipeline(PipelineId pipelineId);
}
