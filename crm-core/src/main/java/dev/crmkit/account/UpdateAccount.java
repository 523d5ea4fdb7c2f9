package dev.crmkit.account;

import dev.crmkit.common.AccountId;
import dev.crmkit.common.Version;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/**
 * Replaces an account's details (its classification, responsibles, characteristics and interests have commands
 * of their own).
 *
 * <p>A new tax id the registry's rules accept only with a warning ({@link TaxId#warning()}) is refused with the
 * violation {@code TaxIdWarning} on {@code details.taxId}, unless the command accepts it; an accepted warning stays
 * accepted while the tax id stays the same.
 *
 * @param accountId the account
 * @param details the new details
 * @param expectedVersion the version the caller last saw
 * @param acceptTaxIdWarning whether the actor accepts the warning a new tax id raises, having checked the number with
 *     its registry
 */
public record UpdateAccount(@NotNull AccountId accountId, @NotNull @Valid AccountDetails details, @NotNull Version expectedVersion,
        boolean acceptTaxIdWarning) {

    /**
     * Replaces the details accepting no new tax id warning.
     *
     * @param accountId the account
     * @param details the new details
     * @param expectedVersion the version the caller last saw
     */
    public UpdateAccount(AccountId accountId, AccountDetails details, Version expectedVersion) {
        this(accountId, details, expectedVersion, false);
    }
}
