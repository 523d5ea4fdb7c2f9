package dev.crmkit.inmemory;

import dev.crmkit.access.AccountAccess;
import dev.crmkit.account.Account;
import dev.crmkit.account.InterestKind;
import dev.crmkit.account.NameSimilarity;
import dev.crmkit.common.AccountId;
import dev.crmkit.common.CaseId;
import dev.crmkit.pipeline.Card;
import dev.crmkit.common.CatalogEntryId;
import dev.crmkit.common.SearchText;
import dev.crmkit.common.SortDirection;
import dev.crmkit.common.UserId;
import dev.crmkit.spi.AccountCriteria;
import dev.crmkit.spi.AccountRepository;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * The accounts of a partition, and their query planner. Each filter that has an index contributes the ids it
 * allows; the planner either takes the smallest of these and checks each of its accounts, or walks the sort
 * order from the cursor and checks accounts until the page is full — whichever it expects to look at fewer
 * accounts. Either way every account returned passed {@link AccountCriteria#admits}, so the plan changes the
 * speed, never the result.
 */
final class InMemoryAccounts implements AccountRepository {

    private final InMemoryUnitOfWork uow;
    private final TenantPartition data;

    InMemoryAccounts(InMemoryUnitOfWork uow) {
        this.uow = uow;
        this.data = uow.data;
    }

    @Override
    public Optional<Account> findById(AccountId id) {
        return data.accounts.get(id);
    }

    @Override
    public List<Account> findByIds(Collection<AccountId> ids) {
        return ids.stream().distinct().map(data.accounts::get).flatMap(Optional::stream).toList();
    }

    @Override
    public Optional<Account> findByTaxKey(String taxKey) {
        return data.accounts.findUnique(data.accountsByTaxKey, taxKey);
    }

    @Override
    public List<Account> find(AccountCriteria criteria, AccountCriteria.AccountPosition after, int limit) {
        List<Postings<AccountId>> sources = sources(criteria);
        Postings<AccountId> smallest = smallest(sources);
        if (smallest == null || smallest.estimate() > scanCost(sources, limit)) {
            return scan(criteria, after, limit);
        }
        Comparator<Account> order = criteria.order();
        PriorityQueue<Account> best = new PriorityQueue<>(limit + 1, order.reversed());
        for (AccountId id : smallest.ids().get()) {
            Account account = data.accounts.get(id).orElse(null);
            if (account != null && admits(criteria, account) && (after == null || criteria.isAfter(account, after))) {
                best.add(account);
                if (best.size() > limit) {
                    best.poll();
                }
            }
        }
        List<Account> page = new ArrayList<>(best);
        page.sort(order);
        return page;
    }

    @Override
    public long count(AccountCriteria criteria) {
        Postings<AccountId> smallest = smallest(sources(criteria));
        Collection<Account> candidates = smallest == null
                ? data.accounts.all()
                : smallest.ids().get().stream().map(data.accounts::get).flatMap(Optional::stream).toList();
        return candidates.stream().filter(a -> admits(criteria, a)).count();
    }

    @Override
    public List<Account> findSimilarNames(String name, AccountAccess access, int limit) {
        Set<String> trigrams = NameSimilarity.trigrams(name);
        if (trigrams.isEmpty()) {
            return List.of();
        }
        // Prefix filtering: a name at least THRESHOLD similar shares at least that share of these trigrams, so it
        // holds one of the (n - ceil(n * THRESHOLD) + 1) rarest; the common ones need not be walked.
        List<String> rarestFirst = new ArrayList<>(trigrams);
        rarestFirst.sort(Comparator.comparingInt(data.accountsByNameTrigram::size));
        int prefix = trigrams.size() - (int) Math.ceil(trigrams.size() * NameSimilarity.THRESHOLD) + 1;
        Set<AccountId> candidates = new HashSet<>();
        for (String trigram : rarestFirst.subList(0, Math.min(prefix, rarestFirst.size()))) {
            candidates.addAll(data.accountsByNameTrigram.ids(trigram));
        }
        record Scored(Account account, double similarity) {}
        List<Scored> scored = new ArrayList<>();
        for (AccountId id : candidates) {
            Account account = data.accounts.get(id).orElseThrow();
            double similarity = Math.max(NameSimilarity.of(name, account.details().legalName()),
                    NameSimilarity.of(name, account.details().tradeName()));
            if (similarity >= NameSimilarity.THRESHOLD && access.admits(account.responsibles(), data::teamOf)) {
                scored.add(new Scored(account, similarity));
            }
        }
        scored.sort(Comparator.comparingDouble(Scored::similarity).reversed().thenComparing(s -> s.account().id()));
        return scored.stream().limit(limit).map(Scored::account).toList();
    }

    @Override
    public boolean refersTo(CatalogEntryId entryId) {
        return data.accountsByCatalogReference.contains(entryId);
    }

    @Override
    public boolean holdsCharacteristicValue(CatalogEntryId characteristicTypeId, String valueKey) {
        return data.accountsByCharacteristic.contains(new TenantPartition.CharacteristicKey(characteristicTypeId, valueKey));
    }

    @Override
    public Account insert(Account account) {
        return uow.insert(data.accounts, account::withVersion);
    }

    @Override
    public Account update(Account account) {
        return uow.update(data.accounts, "account", account.id(), account.version(), Account::version, account::withVersion);
    }

    @Override
    public void delete(Account account) {
        uow.delete(data.accounts, "account", account.id(), account.version(), Account::version);
    }

    /** Every account a criteria admits, in no particular order (a campaign's launch takes them all). */
    List<Account> matching(AccountCriteria criteria) {
        Postings<AccountId> smallest = smallest(sources(criteria));
        Collection<Account> candidates = smallest == null
                ? data.accounts.all()
                : smallest.ids().get().stream().map(data.accounts::get).flatMap(Optional::stream).toList();
        return candidates.stream().filter(a -> admits(criteria, a)).toList();
    }

    private boolean admits(AccountCriteria criteria, Account account) {
        return criteria.matchesFilters(account) && visible(criteria.access(), account)
                && criteria.matchesRelated(account, related);
    }

    /** An account's cards and cases, from the partition's indexes by account. */
    private final AccountCriteria.Related related = new AccountCriteria.Related() {
        @Override
        public Collection<Card> cards(AccountId account) {
            return data.cardsByAccount.ids(account).stream().map(data.cards::get).flatMap(Optional::stream).toList();
        }

        @Override
        public boolean hasPendingCase(AccountId account) {
            for (CaseId id : data.casesByAccount.ids(account)) {
                if (data.cases.get(id).map(c -> c.status().pending()).orElse(false)) {
                    return true;
                }
            }
            return false;
        }
    };

    /**
     * {@link AccountAccess#admits} without a lookup per responsible: a team's current members come from the
     * team index, the same answer as each responsible's current team. A walk checks thousands of accounts.
     */
    private boolean visible(AccountAccess access, Account account) {
        if (access instanceof AccountAccess.ResponsibleInTeam team) {
            Set<UserId> members = data.usersByTeam.ids(team.team());
            for (UserId responsible : account.responsibles()) {
                if (members.contains(responsible)) {
                    return true;
                }
            }
            return false;
        }
        return access.admits(account.responsibles(), data::teamOf);
    }

    /** The ids each indexed filter allows. */
    private List<Postings<AccountId>> sources(AccountCriteria c) {
        List<Postings<AccountId>> sources = new ArrayList<>();
        if (!c.classifications().isEmpty()) {
            sources.add(Postings.anyOf(data.accountsByClassification, c.classifications()));
        }
        if (!c.statuses().isEmpty()) {
            sources.add(Postings.anyOf(data.accountsByStatus, c.statuses()));
        }
        if (!c.responsibles().isEmpty()) {
            sources.add(Postings.anyOf(data.accountsByResponsible, c.responsibles()));
        }
        if (!c.salespeople().isEmpty()) {
            sources.add(Postings.anyOf(data.accountsBySalesperson, c.salespeople()));
        }
        for (Map.Entry<CatalogEntryId, String> value : c.characteristicKeys().entrySet()) {
            sources.add(Postings.of(data.accountsByCharacteristic,
                    new TenantPartition.CharacteristicKey(value.getKey(), value.getValue())));
        }
        if (!c.interests().isEmpty()) {
            sources.add(Postings.anyOf(data.accountsByInterest, marks(c.interests(), InterestKind.INTEREST)));
        }
        if (!c.disinterests().isEmpty()) {
            sources.add(Postings.anyOf(data.accountsByInterest, marks(c.disinterests(), InterestKind.DISINTEREST)));
        }
        if (c.cityKey() != null) {
            sources.add(Postings.of(data.accountsByCity, c.cityKey()));
        }
        if (c.stateKey() != null) {
            sources.add(Postings.of(data.accountsByState, c.stateKey()));
        }
        if (c.country() != null) {
            sources.add(Postings.of(data.accountsByCountry, c.country()));
        }
        if (c.access() instanceof AccountAccess.ResponsibleIs portfolio) {
            sources.add(Postings.of(data.accountsByResponsible, portfolio.user()));
        } else if (c.access() instanceof AccountAccess.ResponsibleInTeam team) {
            Set<UserId> members = data.usersByTeam.ids(team.team());
            sources.add(Postings.anyOf(data.accountsByResponsible, members));
        }
        if (c.text() != null) {
            text(c.text()).ifPresent(sources::add);
        }
        return sources;
    }

    /** Accounts whose text or digits hold every trigram of the query: a superset of the matches. */
    private Optional<Postings<AccountId>> text(SearchText.Query query) {
        if (query.folded().length() < 3) {
            return Optional.empty();
        }
        Postings<AccountId> byText = Postings.allOf(data.accountsByTextTrigram, Trigrams.of(query.folded()));
        if (query.digits() == null) {
            return Optional.of(byText);
        }
        return Optional.of(byText.or(Postings.allOf(data.accountsByDigitTrigram, Trigrams.of(query.digits()))));
    }

    private static List<TenantPartition.InterestKey> marks(Set<CatalogEntryId> areas, InterestKind kind) {
        return areas.stream().map(area -> new TenantPartition.InterestKey(area, kind)).toList();
    }

    private static Postings<AccountId> smallest(List<Postings<AccountId>> sources) {
        return sources.stream().min(Comparator.comparingLong(Postings::estimate)).orElse(null);
    }

    /**
     * How many accounts a walk of the sort order is expected to look at to fill a page: the page size over the
     * expected share of matches, taking the filters as independent.
     */
    private double scanCost(List<Postings<AccountId>> sources, int limit) {
        double total = Math.max(1, data.accounts.size());
        double share = 1;
        for (Postings<AccountId> source : sources) {
            share *= Math.min(1, source.estimate() / total);
        }
        return share <= 0 ? 0 : Math.min(total, limit / share);
    }

    /** Walks the sort order from the cursor until the page is full. */
    private List<Account> scan(AccountCriteria criteria, AccountCriteria.AccountPosition after, int limit) {
        return switch (criteria.sort()) {
            case NAME -> walk(data.accountsByName, after == null ? null : after.nameKey(), criteria, after, limit);
            case CREATED -> walk(data.accountsByCreated, after == null ? null : after.instant(), criteria, after, limit);
            case UPDATED -> walk(data.accountsByUpdated, after == null ? null : after.instant(), criteria, after, limit);
        };
    }

    private <P extends Comparable<P>> List<Account> walk(
            NavigableMap<SortKey<P, AccountId>, Account> index,
            P afterValue,
            AccountCriteria criteria,
            AccountCriteria.AccountPosition after,
            int limit) {
        boolean ascending = criteria.direction() == SortDirection.ASC;
        NavigableMap<SortKey<P, AccountId>, Account> from;
        if (after == null) {
            from = ascending ? index : index.descendingMap();
        } else {
            SortKey<P, AccountId> key = new SortKey<>(afterValue, after.id());
            from = ascending ? index.tailMap(key, false) : index.headMap(key, false).descendingMap();
        }
        List<Account> page = new ArrayList<>(Math.min(limit, 64));
        for (Account account : from.values()) {
            if (admits(criteria, account)) {
                page.add(account);
                if (page.size() >= limit) {
                    break;
                }
            }
        }
        return page;
    }
}
