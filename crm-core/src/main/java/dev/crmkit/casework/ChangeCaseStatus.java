package dev.crmkit.casework;

import dev.crmkit.common.CaseId;
import dev.crmkit.common.Version;
import jakarta.validation.constraints.NotNull;

/**
 * Moves a case to another status, as {@link CaseStatus#allows} admits.
 *
 * @param caseId the case
 * @param status the status asked for
 * @param expectedVersion the version the caller last saw
 */
public record ChangeCaseStatus(@NotNull CaseId caseId, @NotNull CaseStatus status, @NotNull Version expectedVersion) {

    /**
     * The move of a case as it was read.
     *
     * @param serviceCase the case
     * @param status the status asked for
     * @return the command, at the case's version
     */
    public static ChangeCaseStatus of(ServiceCase serviceCase, CaseStatus status) {
        return new ChangeCaseStatus(serviceCase.id(), status, serviceCase.version());
    }
}
