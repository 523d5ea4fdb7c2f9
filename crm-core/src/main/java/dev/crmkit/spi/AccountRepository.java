package dev.crmkit.spi;

import dev.crmkit.access.AccountAccess;
import dev.crmkit.account.Account;
import dev.crmkit.account.NameSimilarity;
import dev.crmkit.common.AccountId;
import dev.crmkit.common.CatalogEntryId;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.HashSet;
import java.util.Set;

/**
 * The accounts of a unit of work's tenant. {@link dev.crmkit.account.TaxId#key()} is unique among them: an
 * insert or update that would repeat it raises {@code ConflictException.duplicate}.
 */
public interface AccountRepository {

    /**
     * @param id the account
     * @return the account, if the tenant has it
     */
    Optional<Account> findById(AccountId id);

    /**
     * @param ids the accounts
     * @return those the tenant has, in no particular order
     */
    List<Account> findByIds(Collection<AccountId> ids);

    /**
     * The names and responsibles of some accounts, without the rest of them: what a page naming other accounts
     * (the related accounts of a profile, the accounts a timeline mentions) needs. The default takes them from
     * {@link #findByIds}; a database adapter reads the two columns it needs in one statement.
     *
     * @param ids the accounts
     * @return those the tenant has, in no particular order
     */
    default List<AccountName> names(Collection<AccountId> ids) {
        return findByIds(ids).stream()
                .map(a -> new AccountName(a.id(), a.details().legalName(), a.responsibles()))
                .toList();
    }

    /**
     * @param taxKey a {@link dev.crmkit.account.TaxId#key()}
     * @return the account with that tax id, if any
     */
    Optional<Account> findByTaxKey(String taxKey);

    /**
     * Which of some tax keys an account of the tenant already holds: a bulk import checks all its rows at once.
     * The default asks {@link #findByTaxKey} once per key; a database adapter answers with one statement.
     *
     * @param taxKeys normalized tax keys
     * @return the ones in use
     */
    default Set<String> existingTaxKeys(Collection<String> taxKeys) {
        Set<String> taken = new HashSet<>();
        for (String key : taxKeys) {
            findByTaxKey(key).ifPresent(a -> taken.add(key));
        }
        return taken;
    }

    /**
     * The accounts holding some tax keys, by key: a bulk import links its rows to accounts all at once. The default
     * asks {@link #findByTaxKey} once per key; a database adapter answers with one statement.
     *
     * @param taxKeys normalized tax keys
     * @return the id of the account holding each key held
     */
    default java.util.Map<String, AccountId> idsByTaxKey(Collection<String> taxKeys) {
        java.util.Map<String, AccountId> ids = new java.util.HashMap<>();
        for (String key : taxKeys) {
            findByTaxKey(key).ifPresent(a -> ids.put(key, a.id()));
        }
        return ids;
    }

    /**
     * One page of a query: the accounts {@link AccountCriteria#admits} accepts, in {@link AccountCriteria#order()},
     * after a keyset position.
     *
     * @param criteria the filters, access predicate and order
     * @param after the position of the previous page's last account, or {@code null} for the first page
     * @param limit the most accounts to return
     * @return the accounts, in order
     */
    List<Account> find(AccountCriteria criteria, AccountCriteria.AccountPosition after, int limit);

    /**
     * @param criteria the filters and access predicate
     * @return how many accounts {@link AccountCriteria#admits} accepts
     */
    long count(AccountCriteria criteria);

    /**
     * Accounts the access predicate admits whose legal or trade name may be similar to a name. The result must
     * include every admitted account whose legal or trade name has a {@link NameSimilarity} of at least
     * {@link NameSimilarity#THRESHOLD} with the name; it may include others (the core measures again).
     *
     * @param name the name
     * @param access the actor's access predicate
     * @param limit the most accounts to return, the most similar first where the adapter can tell
     * @return the candidates
     */
    List<Account> findSimilarNames(String name, AccountAccess access, int limit);

    /**
     * @param entryId a catalog entry
     * @return whether some account refers to it ({@link Account#refersTo})
     */
    boolean refersTo(CatalogEntryId entryId);

    /**
     * @param characteristicTypeId a characteristic type
     * @param valueKey a {@link dev.crmkit.account.CharacteristicValue#key()}
     * @return whether some account holds that value for that type
     */
    boolean holdsCharacteristicValue(CatalogEntryId characteristicTypeId, String valueKey);

    /**
     * @param account a new account at {@code Version.UNSAVED}
     * @return the account at {@code Version.FIRST}
     */
    Account insert(Account account);

    /**
     * @param account the account, at the version it was loaded with
     * @return the account at the next version
     */
    Account update(Account account);

    /**
     * @param account the account, at the version it was loaded with
     */
    void delete(Account account);
}
