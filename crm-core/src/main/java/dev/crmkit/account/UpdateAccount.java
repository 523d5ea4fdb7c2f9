package dev.crmkit.account;

import dev.crmkit.common.AccountId;
import dev.crmkit.common.Version;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.function.UnaryOperator;

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

    /**
     * Starts an edit of an account as it was read: its details as they are, its version expected.
     *
     * @param account the account as read
     * @return a builder holding the account's details, for the steps to change some
     */
    public static Builder from(Account account) {
        return new Builder(account.id(), account.details(), account.version());
    }

    /** Builds a {@link UpdateAccount} from what was read; {@link #details(UnaryOperator)} changes single parts. */
    public static final class Builder {

        private final AccountId id;
        private final Version expectedVersion;
        private AccountDetails details;
        private boolean acceptTaxIdWarning;

        private Builder(AccountId id, AccountDetails details, Version expectedVersion) {
            this.id = id;
            this.details = details;
            this.expectedVersion = expectedVersion;
        }

        /**
         * @param value the new details, in place of those read
         * @return this builder
         */
        public Builder details(AccountDetails value) {
            this.details = value;
            return this;
        }

        /**
         * Changes some of the details, e.g. {@code details(d -> d.tradeName("New name"))}.
         *
         * @param edit steps applied to a builder holding the current details
         * @return this builder
         */
        public Builder details(UnaryOperator<AccountDetails.Builder> edit) {
            this.details = edit.apply(details.toBuilder()).build();
            return this;
        }

        /**
         * Accepts the warning a new tax id raises, the actor having checked the number with its registry.
         *
         * @return this builder
         */
        public Builder acceptTaxIdWarning() {
            this.acceptTaxIdWarning = true;
            return this;
        }

        /** @return the command, checked as any other when a use case receives it */
        public UpdateAccount build() {
            return new UpdateAccount(id, details, expectedVersion, acceptTaxIdWarning);
        }
    }
}
