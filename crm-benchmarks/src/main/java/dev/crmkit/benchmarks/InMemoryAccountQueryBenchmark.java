package dev.crmkit.benchmarks;

import dev.crmkit.Actor;
import dev.crmkit.Crm;
import dev.crmkit.CrmSession;
import dev.crmkit.account.Account;
import dev.crmkit.account.AccountQuery;
import dev.crmkit.account.AccountSort;
import dev.crmkit.account.AccountStatus;
import dev.crmkit.account.Classification;
import dev.crmkit.common.Page;
import dev.crmkit.common.SortDirection;
import dev.crmkit.inmemory.InMemoryCrmStore;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The account query on the in-memory store (target: at most 5 ms per page over 1M accounts): three combined
 * filters and a team-scoped actor, a page of 50 sorted by name, first and a deep keyset page.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class InMemoryAccountQueryBenchmark {

    /** Accounts over all tenants. */
    @Param("1000000")
    public int accounts;

    /** The accounts in memory, loaded once per JVM for each size and shared by both pages. */
    private static final Map<Integer, CrmSession> LOADED = new ConcurrentHashMap<>();

    private CrmSession teamUser;
    private AccountQuery query;
    private AccountQuery deep;

    /** Loads the dataset unless a trial of this JVM did, and finds the cursor of the deep page. */
    @Setup(Level.Trial)
    public void load() {
        // User 2 has TEAM scope (see Dataset.scopeOf): the access predicate is part of every query.
        teamUser = LOADED.computeIfAbsent(accounts, size -> {
            Crm crm = Crm.builder().store(new InMemoryCrmStore()).build();
            new LibraryLoader(crm, Dataset.FULL.withAccounts(size)).load();
            return crm.as(Actor.of(Dataset.tenant(0), Dataset.user(2)));
        });
        query = AccountQuery.builder()
                .classifications(List.of(Classification.CUSTOMER, Classification.PROSPECT))
                .statuses(List.of(AccountStatus.ACTIVE))
                .place("Campinas", null, "BR")
                .sort(AccountSort.NAME, SortDirection.ASC).pageSize(50).build();
        deep = query;
        for (int page = 0; page < 20; page++) {
            Page<Account> found = teamUser.accounts().query(deep);
            if (!found.hasNext()) {
                break;
            }
            deep = query.after(found.nextCursor());
        }
    }

    /**
     * @return the first page
     */
    @Benchmark
    public Page<Account> firstPage() {
        return teamUser.accounts().query(query);
    }

    /**
     * @return the 21st page, by keyset
     */
    @Benchmark
    public Page<Account> deepPage() {
        return teamUser.accounts().query(deep);
    }
}
