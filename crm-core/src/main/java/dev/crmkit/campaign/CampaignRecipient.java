package dev.crmkit.campaign;

import dev.crmkit.common.AccountId;
import dev.crmkit.common.ContactId;
import jakarta.validation.constraints.NotNull;

/**
 * One recipient a campaign names explicitly: an account, or one of its contacts.
 *
 * @param accountId the account
 * @param contactId a contact of that account, or {@code null} for the account itself
 */
public record CampaignRecipient(@NotNull AccountId accountId, ContactId contactId) {

    /**
     * @param accountId the account
     * @return the account itself as recipient
     */
    public static CampaignRecipient account(AccountId accountId) {
        return new CampaignRecipient(accountId, null);
    }

    /**
     * @param accountId the account
     * @param contactId one of its contacts
     * @return the contact as recipient
     */
    public static CampaignRecipient contact(AccountId accountId, ContactId contactId) {
        return new CampaignRecipient(accountId, contactId);
    }
}
