package dev.crmkit.account;

import dev.crmkit.common.AccountId;
import dev.crmkit.common.Version;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/**
 * Replaces an account's details (its classification, responsibles, characteristics and interests have commands
 * of their own).
 *
 * @param accountId the account
 * @param details the new details
 * @param expectedVersion the version the caller last saw
 */
public record UpdateAccount(@NotNull AccountId accountId, @NotNull @Valid AccountDetails details, @NotNull Version expectedVersion) {}
