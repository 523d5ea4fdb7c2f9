package dev.crmkit.jpa;

import static dev.crmkit.testkit.StoreFixtures.storedTenant;
import static dev.crmkit.testkit.StoreFixtures.user;
import static dev.crmkit.testkit.StoreFixtures.userOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.crmkit.common.AccountId;
import dev.crmkit.common.CatalogEntryId;
import dev.crmkit.common.StoreException;
import dev.crmkit.common.TenantId;
import dev.crmkit.common.UserId;
import dev.crmkit.spi.TransactionMode;
import dev.crmkit.spi.UnitOfWork;
import dev.crmkit.testkit.Fault;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A transaction in which a statement failed is never committed, even when the work catches the failure and goes on:
 * its commit would roll back without a word (Hibernate's, for a transaction it marked rollback-only; PostgreSQL's, for
 * one a failed statement aborted), or commit half of what the work meant. The store refuses, with a StoreException.
 */
class SwallowedFailureTest {

    /** The three ways the adapter reads: a row by its key, a JPQL query, a plain JDBC read. */
    private static final Consumer<UnitOfWork> BY_KEY = uow -> uow.catalog().findById(CatalogEntryId.newId());
    private static final Consumer<UnitOfWork> BY_QUERY = uow -> uow.cards().findByAccount(AccountId.newId());
    private static final Consumer<UnitOfWork> BY_JDBC = uow -> uow.tenantAndUser(UserId.of("nobody"));

    static Stream<Arguments> readsOnEachDatabase() {
        return Stream.of(
                Arguments.of("H2, a row by key", FaultyDatabases.h2Store(), FaultyDatabases.h2Faults(), BY_KEY),
                Arguments.of("H2, JPQL", FaultyDatabases.h2Store(), FaultyDatabases.h2Faults(), BY_QUERY),
                Arguments.of("H2, plain JDBC", FaultyDatabases.h2Store(), FaultyDatabases.h2Faults(), BY_JDBC),
                Arguments.of("PostgreSQL, a row by key", FaultyDatabases.postgresStore(), FaultyDatabases.postgresFaults(), BY_KEY),
                Arguments.of("PostgreSQL, JPQL", FaultyDatabases.postgresStore(), FaultyDatabases.postgresFaults(), BY_QUERY),
                Arguments.of("PostgreSQL, plain JDBC", FaultyDatabases.postgresStore(), FaultyDatabases.postgresFaults(), BY_JDBC));
    }

    // The stores are shared by the whole module: JUnit must not close them after each case.
    @ParameterizedTest(name = "{0}", autoCloseArguments = false)
    @MethodSource("readsOnEachDatabase")
    void givenAWorkThatCatchesAFailedRead_whenItGoesOnAndReturns_thenNothingIsCommittedAndTheStoreSaysItFailed(
            String where, JpaCrmStore store, StatementFaults faults, Consumer<UnitOfWork> read) {
        TenantId tenant = storedTenant(store);

        Throwable failure = catchThrowable(() -> store.inTransaction(tenant, TransactionMode.READ_WRITE, uow -> {
            faults.arm(1, Fault.CONNECTION_LOSS);
            try {
                read.accept(uow);
            } catch (RuntimeException careless) {
                // a work that goes on after a failed statement
            } finally {
                assertThat(faults.disarm().fired()).as("the read failed").isTrue();
            }
            uow.users().insert(user("ana"));
            return null;
        }));

        assertThat(failure).isInstanceOf(StoreException.class);
        assertThat(userOf(store, tenant, "ana")).as("the user written after the failure").isEmpty();
    }
}
