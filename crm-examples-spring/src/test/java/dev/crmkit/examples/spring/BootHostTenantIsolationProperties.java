package dev.crmkit.examples.spring;

import dev.crmkit.inmemory.InMemoryCrmStore;
import dev.crmkit.spi.CrmStore;
import dev.crmkit.testkit.TenantIsolationProperties;

/**
 * A jqwik property of the contract kit, on the JUnit Platform 6 that Spring Boot 4.0.7 manages (the in-memory store
 * keeps it quick: what it shows is that jqwik's engine runs here; {@link BootHostCatalogTest} runs the kit on the JPA
 * store).
 */
class BootHostTenantIsolationProperties extends TenantIsolationProperties {

    private static final InMemoryCrmStore STORE = new InMemoryCrmStore();

    @Override
    protected CrmStore store() {
        return STORE;
    }
}
