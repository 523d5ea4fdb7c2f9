package dev.crmkit.account;

import dev.crmkit.common.AccountId;
import dev.crmkit.common.UserId;
import jakarta.validation.constraints.NotNull;

/**
 * Removes a responsible from an account; refused if the account would fall outside the actor's own scope.
 *
 * @param accountId the account
 * @param userId the user
 */
public record RemoveResponsible(@NotNull AccountId accountId, @NotNull UserId userId) {}
