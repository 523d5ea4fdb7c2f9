package dev.crmkit.inmemory;

import dev.crmkit.spi.CrmStore;
import dev.crmkit.testkit.OutOfScopeContract;

class InMemoryOutOfScopeTest extends OutOfScopeContract {

    @Override
    protected CrmStore store() {
        return InMemoryStores.SHARED;
    }
}
