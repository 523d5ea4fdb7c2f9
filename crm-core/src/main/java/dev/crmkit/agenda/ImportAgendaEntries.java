package dev.crmkit.agenda;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A legacy agenda to import in one unit of work ({@link Agenda#importEntries}): all rows or none.
 *
 * @param entries the rows; at most {@link #MAX_ROWS}
 */
public record ImportAgendaEntries(
        @NotNull @Size(min = 1, max = ImportAgendaEntries.MAX_ROWS) List<@NotNull @Valid ImportedAgendaEntry> entries) {

    /** The most rows one call takes: a longer agenda is split by the host into calls of this size. */
    public static final int MAX_ROWS = 10_000;

    /** Copies the rows, keeping a null row for validation to name. */
    public ImportAgendaEntries {
        entries = entries == null ? null : Collections.unmodifiableList(new ArrayList<>(entries));
    }
}
