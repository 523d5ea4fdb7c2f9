/**
 * The outbound ports: what a persistence adapter implements (the in-memory and JPA adapters, or a host's
 * own), and what a host plugs in to receive events ({@link dev.crmkit.spi.EventPublisher}) or to report overdue
 * balances to the agenda rules ({@link dev.crmkit.spi.BalanceSource}).
 *
 * <p>An adapter implements {@link dev.crmkit.spi.CrmStore}: units of work bound to one tenant, each with one
 * repository per aggregate. The contract of every port is written down twice: in the Javadoc here, and as
 * executable suites in {@code crm-testkit}, which an adapter passes to be an adapter.
 *
 * <p>Common rules of every repository:
 *
 * <ul>
 *   <li>it only ever sees the unit of work's tenant: an id of another tenant is simply absent;
 *   <li>{@code insert} takes an aggregate at {@link dev.crmkit.common.Version#UNSAVED} and returns it at
 *       {@link dev.crmkit.common.Version#FIRST}; a duplicate id or unique key raises
 *       {@link dev.crmkit.common.ConflictException#duplicate};
 *   <li>{@code update} stores the aggregate only if the stored version equals the aggregate's, and returns
 *       it at the next version; otherwise it raises {@link dev.crmkit.common.ConflictException#staleVersion};
 *   <li>finders return {@link java.util.Optional} or collections, never {@code null};
 *   <li>an adapter reports its own failures as {@link dev.crmkit.common.StoreException} and never lets its
 *       persistence exceptions through.
 * </ul>
 */
package dev.crmkit.spi;
