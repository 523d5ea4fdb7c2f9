package dev.crmkit.agenda;

import dev.crmkit.common.AgendaEntryId;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Deletes a selection of entries permanently (not the same as concluding):
 * all of them or, when one is unknown or outside the actor's scope, none.
 *
 * @param entryIds the entries
 */
public record DeleteAgendaEntries(@NotEmpty @Size(max = 1000) List<@NotNull AgendaEntryId> entryIds) {

    /** Copies the list (keeping {@code null}s for validation to name). */
    public DeleteAgendaEntries {
        entryIds = entryIds == null ? null : Collections.unmodifiableList(new ArrayList<>(entryIds));
    }
}
