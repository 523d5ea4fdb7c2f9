package dev.crmkit.inmemory;

import dev.crmkit.spi.CrmStore;
import dev.crmkit.testkit.TenantAdministrationContract;

class InMemoryTenantAdministrationTest extends TenantAdministrationContract {

    @Override
    protected CrmStore store() {
        return InMemoryStores.SHARED;
    }
}
