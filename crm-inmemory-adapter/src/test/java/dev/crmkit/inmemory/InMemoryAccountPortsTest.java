package dev.crmkit.inmemory;

import dev.crmkit.spi.CrmStore;
import dev.crmkit.testkit.AccountPortsContract;

class InMemoryAccountPortsTest extends AccountPortsContract {

    @Override
    protected CrmStore store() {
        return InMemoryStores.SHARED;
    }
}
