package dev.crmkit.consent;

import dev.crmkit.common.AccountId;
import dev.crmkit.common.ContactId;
import jakarta.validation.constraints.NotNull;

/**
 * Whose consent: an account as a whole (the company, or a person who is a customer), or one contact of it.
 *
 * @param accountId the account
 * @param contactId one of its contacts, or {@code null} for the account itself
 */
public record ConsentSubject(@NotNull AccountId accountId, ContactId contactId) {

    /**
     * The account itself.
     *
     * @param accountId the account
     * @return the subject
     */
    public static ConsentSubject account(AccountId accountId) {
        return new ConsentSubject(accountId, null);
    }

    /**
     * A contact of an account.
     *
     * @param accountId the account
     * @param contactId its contact
     * @return the subject
     */
    public static ConsentSubject contact(AccountId accountId, ContactId contactId) {
        return new ConsentSubject(accountId, contactId);
    }
}
