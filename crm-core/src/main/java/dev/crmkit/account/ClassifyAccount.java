package dev.crmkit.account;

import dev.crmkit.common.AccountId;
import dev.crmkit.common.Version;
import jakarta.validation.constraints.NotNull;

/**
 * Changes an account's classification; the change is recorded in its timeline with actor and time.
 *
 * @param accountId the account
 * @param classification the new classification
 * @param expectedVersion the version the caller last saw, or {@code null} to classify whatever the current state
 */
public record ClassifyAccount(@NotNull AccountId accountId, @NotNull Classification classification, Version expectedVersion) {}
