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
