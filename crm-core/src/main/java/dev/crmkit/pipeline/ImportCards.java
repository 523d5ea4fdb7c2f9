package dev.crmkit.pipeline;

import dev.crmkit.common.PipelineId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Cards to import into one pipeline in one unit of work ({@link Cards#importCards}).
 *
 * @param pipelineId the pipeline
 * @param cards the rows; at most {@link #MAX_ROWS}
 */
public record ImportCards(
        @NotNull PipelineId pipelineId,
        @NotNull @Size(min = 1, max = ImportCards.MAX_ROWS) List<@NotNull @Valid ImportedCard> cards) {

    /** The most rows one call takes: an import of more is split by the host into calls of this size. */
    public static final int MAX_ROWS = 10_000;

    /** Copies the rows, keeping a null row for validation to name ({@code List.copyOf} would throw instead). */
    public ImportCards {
        cards = cards == null ? null : Collections.unmodifiableList(new ArrayList<>(cards));
    }
}
