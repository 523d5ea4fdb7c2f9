package dev.crmkit.inmemory;

import dev.crmkit.spi.CrmStore;
import dev.crmkit.testkit.UnitOfWorkContract;

class InMemoryUnitOfWorkTest extends UnitOfWorkContract {

    @Override
    protected CrmStore store() {
        return InMemoryStores.SHARED;
    }
}
