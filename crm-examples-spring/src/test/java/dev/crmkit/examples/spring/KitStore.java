package dev.crmkit.examples.spring;

import dev.crmkit.jpa.JpaCrmStore;
import org.h2.jdbcx.JdbcDataSource;

/**
 * The JPA store on an H2 of its own, for the contract kit's suites run in this module: a host whose build imports
 * Spring Boot 4's BOM (JUnit Jupiter 6, Hibernate ORM 7.2) running CRM Kit's kit against its own store.
 */
final class KitStore {

    static final JpaCrmStore SHARED = create();

    private KitStore() {}

    private static JpaCrmStore create() {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:kit;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000");
        h2.setUser("sa");
        JpaCrmStore.migrate(h2);
        return JpaCrmStore.fromDataSource(h2);
    }
}
