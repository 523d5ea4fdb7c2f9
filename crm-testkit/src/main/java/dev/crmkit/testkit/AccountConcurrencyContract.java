package dev.crmkit.testkit;

import static dev.crmkit.testkit.AccountTestData.anAccount;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.crmkit.CrmSession;
import dev.crmkit.access.AccessScope;
import dev.crmkit.account.Account;
import dev.crmkit.account.AccountQuery;
import dev.crmkit.account.AccountSort;
import dev.crmkit.account.AssignResponsible;
import dev.crmkit.account.ClassifyAccount;
import dev.crmkit.account.Classification;
import dev.crmkit.account.TaxId;
import dev.crmkit.catalog.CreateRelationshipType;
import dev.crmkit.common.AccountId;
import dev.crmkit.common.CatalogEntryId;
import dev.crmkit.common.InvalidCommandException;
import dev.crmkit.common.Page;
import dev.crmkit.common.RuleViolationException;
import dev.crmkit.common.SortDirection;
import dev.crmkit.common.Text;
import dev.crmkit.common.UserId;
import dev.crmkit.common.Violation;
import dev.crmkit.relationship.CreateRelationship;
import dev.crmkit.relationship.Relationship;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import net.jqwik.api.Example;

/**
 * Accounts under concurrent writers: queries stay consistent while accounts are created and reclassified,
 * concurrent additions to one account (deltas, no expected version) are all kept, and sixteen writers relating two
 * accounts both ways at once each get an answer about the relationship (stored, or refused as a duplicate or a
 * cycle), never a conflict of the store's own; writers using one tax id at once get, but for one, the error a tax id
 * in use gets.
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
    void givenSixteenWritersRelatingTwoAccountsBothWaysAtOnce_whenTheyFinish_thenOneIsStoredAndTheRestRefusedForABusinessReason()
            throws Exception {
        TestTenant tenant = newTenant();
        CrmSession admin = tenant.admin();
        Account a = admin.accounts().create(anAccount().named("Holding").build()).account();
        Account b = admin.accounts().create(anAccount().named("Branch").build()).account();
        CatalogEntryId parentOf = admin.catalogs().createRelationshipType(
                new CreateRelationshipType("Parent of", "Subsidiary of", true)).id();
        CatalogEntryId partnerOf = admin.catalogs().createRelationshipType(
                new CreateRelationshipType("Partner of", "Partner of", false)).id();

        for (CatalogEntryId type : List.of(parentOf, partnerOf)) {
            List<Object> outcomes = relateAtOnce(admin, a, b, type, 16);

            assertThat(outcomes).as("each call stored, or refused as a duplicate or a cycle")
                    .allMatch(o -> o instanceof Relationship
                            || o instanceof RuleViolationException refused && BUSINESS_REFUSALS.contains(refused.code()));
            assertThat(outcomes).filteredOn(Relationship.class::isInstance).as("stored").hasSize(1);
            assertThat(admin.relationships().of(a.id())).filteredOn(r -> r.typeId().equals(type)).as("kept").hasSize(1);
        }
    }

    @Example
    void givenTwoWritersEachClosingASquareFromOppositeCornersAtOnce_whenTheyFinish_thenNoCycleIsStored() throws Exception {
        TestTenant tenant = newTenant();
        CrmSession admin = tenant.admin();
        CatalogEntryId parentOf = admin.catalogs().createRelationshipType(
                new CreateRelationshipType("Parent of", "Subsidiary of", true)).id();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 10; round++) {
                // B -> C and D -> A are there; A -> B and C -> D, added at once, share no account, and would close A-B-C-D.
                List<AccountId> square = new ArrayList<>();
                for (int i = 0; i < 4; i++) {
                    square.add(admin.accounts().create(anAccount().named("Round " + round + " corner " + i).build()).account().id());
                }
                admin.relationships().create(new CreateRelationship(square.get(1), square.get(2), parentOf, null));
                admin.relationships().create(new CreateRelationship(square.get(3), square.get(0), parentOf, null));
                CyclicBarrier start = new CyclicBarrier(2);
                List<Future<Object>> sides = new ArrayList<>();
                for (int i : new int[] {0, 2}) {
                    CreateRelationship side = new CreateRelationship(square.get(i), square.get(i + 1), parentOf, null);
                    sides.add(pool.submit(() -> {
                        start.await(30, TimeUnit.SECONDS);
                        try {
                            return admin.relationships().create(side);
                        } catch (RuntimeException e) {
                            return e;
                        }
                    }));
                }
                List<Object> outcomes = new ArrayList<>();
                for (Future<Object> side : sides) {
                    outcomes.add(side.get(120, TimeUnit.SECONDS));
                }

                assertThat(outcomes).as("round %d: each side stored, or refused as closing the cycle", round).allMatch(
                        o -> o instanceof Relationship || o instanceof RuleViolationException refused
                                && refused.code().equals("rule.relationship.cycle"));
                assertThat(outcomes).filteredOn(Relationship.class::isInstance).as("round %d: sides stored", round).hasSize(1);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Example
    void givenFourWritersUsingOneTaxIdAtOnce_whenTheyFinish_thenOneIsStoredAndTheOthersGetTheErrorTheCheckGives() throws Exception {
        TestTenant tenant = newTenant();
        CrmSession admin = tenant.admin();
        TaxId cpf = TaxIdSamples.cpf();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        CyclicBarrier start = new CyclicBarrier(4);
        List<Object> outcomes = new ArrayList<>();
        try {
            List<Future<Object>> calls = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                String name = "Writer " + t;
                calls.add(pool.submit(() -> {
                    start.await(30, TimeUnit.SECONDS);
                    try {
                        return admin.accounts().create(anAccount().named(name).withTaxId(cpf).build()).account();
                    } catch (RuntimeException e) {
                        return e;
                    }
                }));
            }
            for (Future<Object> call : calls) {
                outcomes.add(call.get(120, TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(outcomes).filteredOn(Account.class::isInstance).as("stored").hasSize(1);
        assertThat(outcomes).filteredOn(o -> !(o instanceof Account)).as("refused as the check refuses a tax id in use")
                .hasSize(3).allSatisfy(o -> assertThat(o).isInstanceOfSatisfying(InvalidCommandException.class,
                        e -> assertThat(e.violations()).extracting(Violation::path, Violation::code)
                                .containsExactly(tuple("details.taxId", "Unique"))));
    }

    private static final Set<String> BUSINESS_REFUSALS = Set.of("rule.relationship.duplicate", "rule.relationship.cycle");

    /** Relates two accounts from many threads at once, half of them each way; returns each call's result or error. */
    private static List<Object> relateAtOnce(CrmSession admin, Account a, Account b, CatalogEntryId type, int threads)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CyclicBarrier start = new CyclicBarrier(threads);
        try {
            List<Future<Object>> calls = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                boolean forth = t % 2 == 0;
                calls.add(pool.submit(() -> {
                    start.await(30, TimeUnit.SECONDS);
                    try {
                        return admin.relationships().create(forth ? new CreateRelationship(a.id(), b.id(), type, null)
                                : new CreateRelationship(b.id(), a.id(), type, null));
                    } catch (RuntimeException e) {
                        return e;
                    }
                }));
            }
            List<Object> outcomes = new ArrayList<>();
            for (Future<Object> call : calls) {
                outcomes.add(call.get(120, TimeUnit.SECONDS));
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
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
