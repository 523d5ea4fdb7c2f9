package dev.crmkit.spi;

import dev.crmkit.common.PipelineId;
import dev.crmkit.common.UserId;
import dev.crmkit.pipeline.Pipeline;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The pipelines of a unit of work's tenant, with their stages, labels, base card and users. The key of a
 * pipeline's name ({@link dev.crmkit.common.Text#key}) is unique in the tenant.
 */
public interface PipelineRepository {

    /**
     * @param id the pipeline
     * @return the pipeline, if the tenant has it
     */
    Optional<Pipeline> findById(PipelineId id);

    /**
     * The pipeline, as {@link #findById}, read for a writer about to place a card in it: a store with row locks
     * takes, in the same read, the pipeline's lock that {@link CardRepository#nextPosition} and
     * {@link CardRepository#lastPosition} would otherwise take with a statement of their own (two cards placed at
     * once must not take the same position). Stores that serialise their writers otherwise need not override it.
     *
     * @param id the pipeline
     * @return the pipeline, if the tenant has it
     */
    default Optional<Pipeline> findByIdForPlacement(PipelineId id) {
        return findById(id);
    }

    /**
     * The pipeline, as {@link #findById}, for a unit of work that reads it and does not change it (a card's write
     * checks its stages, labels and users against it): a store that tracks what it reads for a later update may
     * read it without that tracking. A unit of work that changes the pipeline reads it with {@link #findById}.
     *
     * @param id the pipeline
     * @return the pipeline, if the tenant has it
     */
    default Optional<Pipeline> findByIdToRead(PipelineId id) {
        return findById(id);
    }

    /**
     * Whether the tenant has the pipeline and the user is one of its users: the access check of a card's use case
     * that needs nothing else of the pipeline, which a store may answer without reading the pipeline.
     *
     * @param id the pipeline
     * @param userId the user
     * @return whether the pipeline exists and has the user among its users
     */
    default boolean usedBy(PipelineId id, UserId userId) {
        return findById(id).filter(pipeline -> pipeline.hasUser(userId)).isPresent();
    }

    /**
     * @param ids the pipelines
     * @return those the tenant has, in no particular order
     */
    List<Pipeline> findByIds(Collection<PipelineId> ids);

    /** @return every pipeline of the tenant, in no particular order */
    List<Pipeline> findAll();

    /**
     * @param userId a user
     * @return the pipelines the user belongs to, in no particular order
     */
    List<Pipeline> findByUser(UserId userId);

    /**
     * @param nameKey the key of a name
     * @return the pipeline with that name, if any
     */
    Optional<Pipeline> findByNameKey(String nameKey);

    /**
     * @param pipeline a new pipeline at {@code Version.UNSAVED}
     * @return the pipeline at {@code Version.FIRST}
     */
    Pipeline insert(Pipeline pipeline);

    /**
     * @param pipeline the pipeline, at the version it was loaded with
     * @return the pipeline at the next version
     */
    Pipeline update(Pipeline pipeline);

    /**
     * @param pipeline the pipeline, at the version it was loaded with
     */
    void delete(Pipeline pipeline);
}
