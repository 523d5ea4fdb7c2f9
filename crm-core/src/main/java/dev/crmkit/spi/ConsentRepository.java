package dev.crmkit.spi;

import dev.crmkit.common.AccountId;
import dev.crmkit.consent.Consent;
import dev.crmkit.consent.ConsentChannel;
import dev.crmkit.consent.ConsentSettings;
import dev.crmkit.consent.ConsentSubject;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** A tenant's consent decisions, opt-out tokens and rule of consent (the unit of work's tenant). */
public interface ConsentRepository {

    /**
     * Stores a decision; decisions are only ever added.
     *
     * @param consent the decision
     */
    void insert(Consent consent);

    /**
     * The decisions of an account and its contacts, in the order they were recorded (by time; two of the same
     * instant in the order they were stored).
     *
     * @param accountId the account
     * @return the decisions, oldest first
     */
    List<Consent> ofAccount(AccountId accountId);

    /**
     * The decisions of many accounts and their contacts, each account's in the order they were recorded: a campaign's
     * launch checks all its members at once. The default asks {@link #ofAccount} once per account; a database adapter
     * answers with one statement.
     *
     * @param accountIds the accounts
     * @return the decisions, oldest first within each account
     */
    default List<Consent> ofAccounts(java.util.Collection<AccountId> accountIds) {
        List<Consent> all = new java.util.ArrayList<>();
        for (AccountId accountId : accountIds) {
            all.addAll(ofAccount(accountId));
        }
        return all;
    }

    /**
     * Stores an opt-out token's hash with what it opts out of.
     *
     * @param hash the token's hash (64 hexadecimal digits)
     * @param token what it opts out of
     */
    void insertToken(String hash, OptOutToken token);

    /**
     * What a token opts out of.
     *
     * @param hash the token's hash
     * @return the token's subject and channel, or empty when no token has that hash
     */
    Optional<OptOutToken> token(String hash);

    /**
     * The tokens issued for an account and its contacts.
     *
     * @param accountId the account
     * @return each token's hash and what it opts out of
     */
    java.util.Map<String, OptOutToken> tokensOf(AccountId accountId);

    /**
     * Removes an account's decisions and tokens, with the account (its personal data goes with it).
     *
     * @param accountId the account
     */
    void deleteAccount(AccountId accountId);

    /** @return the tenant's rule of consent, {@link ConsentSettings#DEFAULT} until one was saved */
    ConsentSettings settings();

    /**
     * Saves the tenant's rule of consent.
     *
     * @param settings the rule
     */
    void saveSettings(ConsentSettings settings);

    /**
     * What an opt-out token stands for.
     *
     * @param subject the recipient
     * @param channel the channel
     * @param issuedAt when it was issued
     */
    record OptOutToken(ConsentSubject subject, ConsentChannel channel, Instant issuedAt) {}
}
