package dev.crmkit.internal;

import dev.crmkit.access.AccountAccess;
import dev.crmkit.access.CrmUser;
import dev.crmkit.account.Account;
import dev.crmkit.common.AccountId;
import dev.crmkit.common.CatalogEntryId;
import dev.crmkit.common.NotFoundException;
import dev.crmkit.common.UserId;
import dev.crmkit.pipeline.CardSummary;
import dev.crmkit.spi.AccountName;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The access scope, applied to one account: loading an account for the actor refuses one outside its scope,
 * so every account-bound use case goes through here. An account outside the scope, and whatever hangs on it (its
 * contacts, documents, relationships and agenda entries), is answered exactly like an unknown id: not found, naming
 * the record and the field the caller gave, so that no answer tells an existing record from an unknown one.
 */
public final class AccountGuard {

    private AccountGuard() {}

    /** The account, or not-found naming the field. */
    public static Account load(Context context, AccountId id, String field) {
        Account account = context.uow.accounts().findById(Context.required(id, field))
                .orElseThrow(() -> new NotFoundException("account", field, id));
        context.names.account(account);
        return account;
    }

    /** The account, if it exists and the actor's scope admits it; not found, naming the field, otherwise. */
    public static Account visible(Context context, AccountId id, String field) {
        return ofRecord(context, Context.required(id, field), "account", field, id);
    }

    /**
     * The account of a record the actor reaches through it (a contact, a document, an agenda entry, a relationship): the
     * record is not found, exactly as an unknown one, unless its account exists and the actor's scope admits it.
     *
     * @param accountId the record's account
     * @param entity the kind of record, as {@link NotFoundException} names it
     * @param field the field that carried the record's id
     * @param recordId the record's id, as the caller gave it
     */
    public static Account ofRecord(Context context, AccountId accountId, String entity, String field, Object recordId) {
        Account account = context.uow.accounts().findById(accountId).filter(a -> sees(context, a))
                .orElseThrow(() -> new NotFoundException(entity, field, recordId));
        context.names.account(account);
        return account;
    }

    /**
     * Whether an account exists and the actor's scope admits it: a narrow read of its responsibles (one statement),
     * not the whole account with its collections.
     */
    public static boolean sees(Context context, AccountId accountId) {
        return context.uow.accounts().names(Set.of(accountId)).stream()
                .anyMatch(account -> context.access().admits(account.responsibles(), teams(context, account.responsibles())));
    }

    /**
     * Checks that an account a caller named exists and is in the actor's scope, like {@link #ofRecord} when the account
     * itself is not needed: its responsibles alone are read. The account a stored record names goes to
     * {@link #reachableFromRecord}, which an unrestricted scope passes without a read.
     *
     * @param accountId the account
     * @param entity the kind of record, as {@link NotFoundException} names it
     * @param field the field that carried the record's id
     * @param recordId the record's id, as the caller gave it
     */
    public static void reachable(Context context, AccountId accountId, String entity, String field, Object recordId) {
        if (!sees(context, accountId)) {
            throw new NotFoundException(entity, field, recordId);
        }
    }

    /**
     * Checks the account a stored record names (an agenda entry's, a contact's, a quote's), like {@link #reachable}, one
     * read fewer for an unrestricted scope: deleting an account deletes every record that names it in the same unit of
     * work ({@link AccountDeletion}), so the account exists while the record does, and such a scope admits it. A
     * restricted scope reads the account's responsibles, as {@link #reachable} does. An account id a caller gave goes
     * to {@link #reachable}: nothing says that one exists.
     *
     * @param accountId the account the record names
     * @param entity the kind of record, as {@link NotFoundException} names it
     * @param field the field that carried the record's id
     * @param recordId the record's id, as the caller gave it
     */
    public static void reachableFromRecord(Context context, AccountId accountId, String entity, String field, Object recordId) {
        if (!(context.access() instanceof AccountAccess.Unrestricted)) {
            reachable(context, accountId, entity, field, recordId);
        }
    }

    /** Whether the actor's scope admits an account. */
    public static boolean sees(Context context, Account account) {
        return context.access().admits(account.responsibles(), teams(context, account.responsibles()));
    }

    /** Whether the actor's scope admits each account, with one lookup of teams for all of them. */
    public static Predicate<Account> seesAll(Context context, Collection<Account> accounts) {
        return seesAll(context, accounts, Account::responsibles);
    }

    /**
     * Whether the actor's scope admits each of some accounts known by their responsibles (whole accounts or
     * their {@link dev.crmkit.spi.AccountName}s), with one lookup of teams for all of them.
     */
    public static <T> Predicate<T> seesAll(Context context, Collection<T> accounts, Function<T, Set<UserId>> responsiblesOf) {
        Set<UserId> responsibles = new HashSet<>();
        accounts.forEach(a -> responsibles.addAll(responsiblesOf.apply(a)));
        Function<UserId, Optional<CatalogEntryId>> teams = teams(context, responsibles);
        return account -> context.access().admits(responsiblesOf.apply(account), teams);
    }

    /**
     * What a reader sees of card summaries: the name of every prospect outside its scope taken out, with one lookup of
     * the prospects' responsibles (and their teams) for all of them; nothing to look up for an unrestricted reader.
     */
    public static Function<CardSummary, CardSummary> hidingUnseenProspects(Context context, Collection<CardSummary> cards) {
        if (context.access() instanceof AccountAccess.Unrestricted) {
            return Function.identity();
        }
        Set<AccountId> prospects = new HashSet<>();
        cards.forEach(card -> {
            if (card.accountId() != null) {
                prospects.add(card.accountId());
            }
        });
        if (prospects.isEmpty()) {
            return Function.identity();
        }
        List<AccountName> names = context.uow.accounts().names(prospects);
        Predicate<AccountName> sees = seesAll(context, names, AccountName::responsibles);
        Set<AccountId> visible = names.stream().filter(sees).map(AccountName::id).collect(Collectors.toSet());
        return card -> card.accountId() == null || visible.contains(card.accountId()) ? card : card.withAccountHidden();
    }

    /** Whether another user's scope admits an account (an agenda entry is only useful to a user who sees its account). */
    public static boolean userSees(Context context, CrmUser user, Account account) {
        Map<UserId, Optional<CatalogEntryId>> teams = context.uow.users().findByIds(account.responsibles()).stream()
                .collect(Collectors.toMap(CrmUser::id, CrmUser::teamId));
        return user.admin() || user.accountAccess().admits(account.responsibles(), u -> teams.getOrDefault(u, Optional.empty()));
    }

    /** The current teams of some users, for the team access predicate, in one lookup. */
    public static Function<UserId, Optional<CatalogEntryId>> teams(Context context, Collection<UserId> users) {
        if (!(context.access() instanceof AccountAccess.ResponsibleInTeam)) {
            return user -> Optional.empty();
        }
        Map<UserId, Optional<CatalogEntryId>> teams = context.uow.users().findByIds(users).stream()
                .collect(Collectors.toMap(CrmUser::id, CrmUser::teamId));
        return user -> teams.getOrDefault(user, Optional.empty());
    }
}
