package dev.crmkit.account;

import dev.crmkit.common.PipelineId;
import dev.crmkit.common.StageId;
import jakarta.validation.constraints.Size;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Accounts with at least one open card (neither archived, lost nor converted) in a pipeline the reader may see,
 * optionally only in some pipelines or stages.
 *
 * @param pipelines the pipelines the card may be in; empty for any the reader may see
 * @param stages the stages the card may be in; empty for any
 */
public record OpenCardFilter(@Size(max = 50) Set<PipelineId> pipelines, @Size(max = 200) Set<StageId> stages) {

    /** Any open card in a pipeline the reader may see. */
    public static final OpenCardFilter ANY = new OpenCardFilter(Set.of(), Set.of());

    /** Copies the sets; a missing one means any. */
    public OpenCardFilter {
        pipelines = pipelines == null ? Set.of() : Set.copyOf(pipelines);
        stages = stages == null ? Set.of() : Set.copyOf(stages);
    }

    /**
     * An open card in one of some pipelines.
     *
     * @param pipelines the pipelines
     * @return the filter
     */
    public static OpenCardFilter inPipelines(PipelineId... pipelines) {
        return new OpenCardFilter(new LinkedHashSet<>(Arrays.asList(pipelines)), Set.of());
    }

    /**
     * An open card in one of some stages.
     *
     * @param stages the stages
     * @return the filter
     */
    public static OpenCardFilter inStages(StageId... stages) {
        return new OpenCardFilter(Set.of(), new LinkedHashSet<>(Arrays.asList(stages)));
    }
}
