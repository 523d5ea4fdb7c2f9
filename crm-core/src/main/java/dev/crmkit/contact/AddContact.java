package dev.crmkit.contact;

import dev.crmkit.common.AccountId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/**
 * Adds a contact to an account in the actor's scope.
 *
 * @param accountId the account
 * @param details the contact
 */
public record AddContact(@NotNull AccountId accountId, @NotNull @Valid ContactDetails details) {}
