package dev.crmkit.account;

import dev.crmkit.common.AccountId;
import dev.crmkit.common.UserId;
import jakarta.validation.constraints.NotNull;

/**
 * Makes an active user of the tenant a responsible of an account.
 *
 * @param accountId the account
 * @param userId the user
 */
public record AssignResponsible(@NotNull AccountId accountId, @NotNull UserId userId) {}
