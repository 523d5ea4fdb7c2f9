package dev.crmkit.examples.spring;

import dev.crmkit.spi.CrmStore;
import dev.crmkit.testkit.TenantIsolationProperties;

/** A jqwik property of the contract kit, on the JUnit Platform 6 that Spring Boot 4.0.7 manages. */
class BootHostTenantIsolationProperties extends TenantIsolationProperties {

    @Override
    protected CrmStore store() {
        return KitStore.SHARED;
    }
}
