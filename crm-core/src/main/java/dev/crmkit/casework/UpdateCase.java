package dev.crmkit.casework;

import dev.crmkit.common.CaseId;
import dev.crmkit.common.Version;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/**
 * Replaces what a case says and who works on it (its status and comments have their own commands). Start from what
 * was read, {@code UpdateCase.from(serviceCase)}, and change what changes: the rest stays as it was.
 *
 * @param caseId the case
 * @param details the new details
 * @param expectedVersion the version the caller last saw
 */
public record UpdateCase(@NotNull CaseId caseId, @NotNull @Valid CaseDetails details, @NotNull Version expectedVersion) {

    /**
     * The update that changes nothing of a case as it was read.
     *
     * @param serviceCase the case
     * @return the command, at the case's version
     */
    public static UpdateCase from(ServiceCase serviceCase) {
        return new UpdateCase(serviceCase.id(), serviceCase.details(), serviceCase.version());
    }

    /**
     * @param value the new details
     * @return the command with them
     */
    public UpdateCase withDetails(CaseDetails value) {
        return new UpdateCase(caseId, value, expectedVersion);
    }
}
