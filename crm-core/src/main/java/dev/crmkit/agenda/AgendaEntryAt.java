package dev.crmkit.agenda;

import dev.crmkit.common.AgendaEntryId;
import dev.crmkit.common.Version;
import jakarta.validation.constraints.NotNull;

/**
 * An entry at the version the caller last saw, to conclude or reopen it.
 *
 * @param entryId the entry
 * @param expectedVersion the version the caller last saw
 */
public record AgendaEntryAt(@NotNull AgendaEntryId entryId, @NotNull Version expectedVersion) {}
