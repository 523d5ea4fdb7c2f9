package dev.crmkit.account;

import dev.crmkit.common.AccountId;
import dev.crmkit.common.Page;
import dev.crmkit.history.TimelineEntry;
import java.util.List;

/**
 * Accounts in the actor's access scope: an account outside it cannot be read or changed, and is answered exactly like
 * an unknown id ({@code NotFoundException}). Every change is recorded in the account's
 * timeline and announced by a domain event.
 */
public interface Accounts {

    /**
     * Creates an account. A tax id already used by another account of the tenant is refused; accounts with
     * similar names are reported, not refused.
     *
     * @param command the account
     * @return the stored account and its possible duplicates
     */
    AccountCreation create(CreateAccount command);

    /**
     * Imports accounts in bulk (a host migrating its customer base): all of them or none, in one unit of work.
     * Each row is checked as {@link #create} checks it, its problems named under {@code accounts[i]}; tax ids
     * must be unique among the rows and in the tenant. No similar-name candidates are computed, and each account
     * is recorded ({@code AccountCreated}) as if created one by one.
     *
     * @param command the rows, at most {@link ImportAccounts#MAX_ROWS}
     * @return the new accounts' ids, in the rows' order
     */
    List<AccountId> importAccounts(ImportAccounts command);

    /**
     * Replaces an account's details.
     *
     * @param command the account, its details and the version the caller last saw
     * @return the stored account
     */
    Account update(UpdateAccount command);

    /**
     * Changes an account's classification.
     *
     * @param command the account and its classification
     * @return the stored account
     */
    Account classify(ClassifyAccount command);

    /**
     * Adds a responsible.
     *
     * @param command the account and the user
     * @return the stored account
     */
    Account assignResponsible(AssignResponsible command);

    /**
     * Removes a responsible.
     *
     * @param command the account and the user
     * @return the stored account
     */
    Account removeResponsible(RemoveResponsible command);

    /**
     * Sets a characteristic value.
     *
     * @param command the account, the characteristic type and the value
     * @return the stored account
     */
    Account setCharacteristic(SetCharacteristicValue command);

    /**
     * Clears a characteristic value.
     *
     * @param command the account and the characteristic type
     * @return the stored account
     */
    Account clearCharacteristic(ClearCharacteristicValue command);

    /**
     * Marks an interest or disinterest.
     *
     * @param command the account, the area, the kind and the note
     * @return the stored account
     */
    Account markInterest(MarkInterest command);

    /**
     * Clears an interest or disinterest.
     *
     * @param command the account and the area
     * @return the stored account
     */
    Account clearInterest(ClearInterest command);

    /**
     * Deletes a lead, prospect or other account with its contacts, relationships, documents and timeline, in
     * one unit of work; a customer is never deleted ({@code RuleViolationException} {@code rule.account.customer}).
     *
     * @param accountId the account
     */
    void delete(AccountId accountId);

    /**
     * One account.
     *
     * @param accountId the account
     * @return the account
     */
    Account get(AccountId accountId);

    /**
     * Queries the accounts in scope.
     *
     * @param query the filters, sort and page
     * @return one page
     */
    Page<Account> query(AccountQuery query);

    /**
     * The accounts in scope whose names look like a name, most similar first.
     *
     * @param name the name
     * @param limit the most candidates to return, 1 to 100
     * @return the candidates
     */
    List<DuplicateCandidate> similarTo(String name, int limit);

    /**
     * Everything about an account.
     *
     * @param accountId the account
     * @return the profile
     */
    AccountProfile profile(AccountId accountId);

    /**
     * An account's timeline, newest first, a page at a time.
     *
     * @param accountId the account
     * @param cursor the previous page's cursor, or {@code null} for the newest page
     * @param limit the page size, 1 to 500
     * @return one page
     */
    Page<TimelineEntry> timeline(AccountId accountId, String cursor, int limit);
}
