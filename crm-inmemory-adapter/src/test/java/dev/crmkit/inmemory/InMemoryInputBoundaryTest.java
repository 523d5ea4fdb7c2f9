package dev.crmkit.inmemory;

import dev.crmkit.spi.CrmStore;
import dev.crmkit.testkit.InputBoundaryContract;

class InMemoryInputBoundaryTest extends InputBoundaryContract {

    @Override
    protected CrmStore store() {
        return InMemoryStores.SHARED;
    }
}
