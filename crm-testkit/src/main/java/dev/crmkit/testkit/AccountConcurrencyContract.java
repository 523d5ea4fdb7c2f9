package dev.crmkit.testkit;

import static dev.crmkit.testkit.AccountTestData.anAccount;
import static org.assertj.core.api.Assertions.assertThat;

import dev.crmkit.CrmSession;
import dev.crmkit.access.AccessScope;
import dev.crmkit.account.Account;
import dev.crmkit.account.AccountQuery;
import dev.crmkit.account.AccountSort;
import dev.crmkit.account.AssignResponsible;
import dev.crmkit.account.ClassifyAccount;
import dev.crmkit.account.Classification;
import dev.crmkit.common.Page;
import dev.crmkit.common.SortDirection;
import dev.crmkit.common.Text;
import dev.crmkit.common.UserId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import net.jqwik.api.Example;

/**
 * Accounts under concurrent writers: queries stay consistent while accounts are created and reclassified, and
 * concurrent additions to one account (deltas, no expected version) are all kept.
 */
public abstract class AccountConcurrencyContract extends CrmKitSupport {

    @Example
    void givenWritersAndReadersAtOnce_whenTheyFinish_thenEveryPageWasOrderedAndTheFinalStateIsComplete() throws Exception {
        TestTenant tenant = newTenant();
        CrmSession admin = tenant.admin();
        AtomicBoolean writing = new AtomicBoolean(true);
        ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();
        List<Account> created = Collections.synchronizedList(new ArrayList<>());
        ExecutorService threads = Executors.newFixedThreadPool(6);
        try {
            List<Future<?>> writers = new ArrayList<>();
            for (int w = 0; w < 4; w++) {
                int writer = w;
                writers.add(threads.submit(() -> {
                    for (int i = 0; i < 25; i++) {
                        Account account = admin.accounts().create(anAccount().named("W" + writer + " account " + i).build()).account();
                        created.add(admin.accounts().classify(
                                new ClassifyAccount(account.id(), i % 2 == 0 ? Classification.PROSPECT : Classification.CUSTOMER, null)));
                    }
                    return null;
                }));
            }
            for (int r = 0; r < 2; r++) {
                threads.submit(() -> {
                    while (writing.get()) {
                        try {
                            Page<Account> page = admin.accounts().query(AccountQuery.builder()
                                    .classifications(Classification.PROSPECT).sort(AccountSort.NAME, SortDirection.ASC).pageSize(20).build());
                            List<String> keys = page.items().stream().map(a -> Text.sortKey(a.details().legalName())).toList();
                            assertThat(keys).isSorted();
                            assertThat(page.items()).allSatisfy(a -> assertThat(a.classification()).isEqualTo(Classification.PROSPECT));
                        } catch (Throwable t) {
                            failures.add(t);
                        }
                    }
                });
            }
            for (Future<?> writer : writers) {
                writer.get(120, TimeUnit.SECONDS);
            }
        } finally {
            writing.set(false);
            threads.shutdown();
            assertThat(threads.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
        }

        assertThat(failures).isEmpty();
        List<Account> prospects = admin.accounts().query(AccountQuery.builder().classifications(Classification.PROSPECT)
                .pageSize(500).withTotal().build()).items();
        assertThat(prospects).extracting(Account::id).containsExactlyInAnyOrderElementsOf(created.stream()
                .filter(a -> a.classification() == Classification.PROSPECT).map(Account::id).toList());
        assertThat(prospects).as("13 even indexes of 25 accounts, from each of 4 writers").hasSize(4 * 13);
        assertThat(prospects).isSortedAccordingTo(Comparator.comparing(a -> Text.sortKey(a.details().legalName())));
    }

    @Example
    void givenFourUsersAddedAtOnce_whenTheyFinish_thenEveryOneIsAResponsible() throws Exception {
        TestTenant tenant = newTenant();
        List<UserId> users = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            users.add(tenant.addUser("user" + i, AccessScope.PORTFOLIO).id());
        }
        Account account = tenant.admin().accounts().create(anAccount().build()).account();
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Future<Account>> adds = new ArrayList<>();
            for (UserId user : users) {
                adds.add(threads.submit(() -> tenant.admin().accounts().assignResponsible(new AssignResponsible(account.id(), user))));
            }
            for (Future<Account> add : adds) {
                add.get(60, TimeUnit.SECONDS);
            }
        } finally {
            threads.shutdown();
        }

        assertThat(tenant.admin().accounts().get(account.id()).responsibles()).containsAll(users).contains(tenant.adminId());
    }
}
