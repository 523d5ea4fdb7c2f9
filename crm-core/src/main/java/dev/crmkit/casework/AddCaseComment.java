package dev.crmkit.casework;

import dev.crmkit.common.CaseId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Adds a comment to a case.
 *
 * @param caseId the case
 * @param text the text
 * @param internal whether it is a note between agents, never shown to the customer
 */
public record AddCaseComment(@NotNull CaseId caseId, @NotBlank @Size(max = 10_000) String text, boolean internal) {

    /**
     * A public comment, part of the conversation with the customer.
     *
     * @param caseId the case
     * @param text the text
     * @return the command
     */
    public static AddCaseComment publicComment(CaseId caseId, String text) {
        return new AddCaseComment(caseId, text, false);
    }

    /**
     * An internal note between agents.
     *
     * @param caseId the case
     * @param text the text
     * @return the command
     */
    public static AddCaseComment internalNote(CaseId caseId, String text) {
        return new AddCaseComment(caseId, text, true);
    }
}
