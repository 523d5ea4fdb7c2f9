package dev.crmkit.inmemory;

import dev.crmkit.spi.CrmStore;
import dev.crmkit.testkit.TenantRepositoryContract;

class InMemoryTenantRepositoryTest extends TenantRepositoryContract {

    @Override
    protected CrmStore store() {
        return InMemoryStores.SHARED;
    }
}
