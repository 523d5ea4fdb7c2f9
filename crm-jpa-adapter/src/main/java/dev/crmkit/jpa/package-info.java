/**
 * CRM Kit's JPA adapter: every SPI port on Jakarta Persistence (Hibernate ORM), on PostgreSQL or H2.
 *
 * <p>The host builds a {@link dev.crmkit.jpa.JpaCrmStore} from a {@code DataSource} (the adapter starts its own
 * Hibernate) or from its own {@code EntityManagerFactory}, after {@link dev.crmkit.jpa.JpaCrmStore#migrate}
 * created the schema. The entities are the adapter's own, mapped to and from the domain in one place per
 * aggregate; every table's primary key and index starts with {@code tenant_id}; every aggregate carries a
 * {@code @Version}; and every persistence exception is translated into the core's
 * {@link dev.crmkit.common.CrmException} family before it leaves the adapter.
 */
package dev.crmkit.jpa;
