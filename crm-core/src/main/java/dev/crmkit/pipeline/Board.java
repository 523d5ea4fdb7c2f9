package dev.crmkit.pipeline;

import java.time.Instant;
import java.util.List;

/**
 * A pipeline's board under a filter: one column per stage, in stage order.
 *
 * @param pipeline the pipeline
 * @param filter the filter it was read with (defaults resolved)
 * @param columns the stages' columns
 * @param asOf the instant stagnation was judged at
 */
public record Board(Pipeline pipeline, BoardFilter filter, List<StageColumn> columns, Instant asOf) {

    /** Copies the columns. */
    public Board {
        columns = List.copyOf(columns);
    }
}
