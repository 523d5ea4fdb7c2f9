package dev.crmkit.agenda;

import dev.crmkit.common.DocumentId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * Concludes an on-site intervention with its work report.
 *
 * @param entry the intervention at the version the caller last saw
 * @param report what was done, up to 64 KiB
 * @param attachmentIds attachments of the intervention that belong to the report (attach them first), or empty
 * @param invoiceReference the host's invoice for the work, up to 100 characters, or {@code null}
 */
public record ConcludeIntervention(
        @NotNull @Valid AgendaEntryAt entry,
        @NotBlank @Size(max = AgendaEntry.MAX_DESCRIPTION) String report,
        @Size(max = 100) List<@NotNull DocumentId> attachmentIds,
        @Size(max = 100) String invoiceReference) {

    /** Copies the list; a missing one is empty. */
    public ConcludeIntervention {
        attachmentIds = attachmentIds == null ? List.of() : List.copyOf(attachmentIds.stream().toList());
    }
}
