package dev.crmkit.casework;

import dev.crmkit.common.AccountId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/**
 * Opens a case on an account in the actor's scope.
 *
 * @param accountId the account
 * @param details what the case says and who works on it
 */
public record OpenCase(@NotNull AccountId accountId, @NotNull @Valid CaseDetails details) {}
