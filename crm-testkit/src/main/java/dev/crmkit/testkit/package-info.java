/**
 * The adapter contract kit: what it means to be a CRM Kit persistence adapter, as executable suites.
 *
 * <p>An adapter's test module depends on {@code crm-testkit} in test scope and extends each abstract suite
 * with one method that supplies its store:
 *
 * <pre>{@code
 * class MyStoreUserRepositoryTest extends UserRepositoryContract {
 *     @Override
 *     protected CrmStore store() {
 *         return MyStores.shared();
 *     }
 * }
 * }</pre>
 *
 * Every test creates its own tenant with a unique id, so a store can be shared by all tests and never needs
 * a reset. The suites are jqwik containers ({@code @Example} and {@code @Property}); they run on the JUnit
 * Platform next to an adapter's own JUnit 5 tests.
 */
package dev.crmkit.testkit;
