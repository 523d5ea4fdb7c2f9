package dev.crmkit.inmemory;

import dev.crmkit.spi.CrmStore;
import dev.crmkit.testkit.TenantIsolationProperties;

class InMemoryTenantIsolationProperties extends TenantIsolationProperties {

    @Override
    protected CrmStore store() {
        return InMemoryStores.SHARED;
    }
}
