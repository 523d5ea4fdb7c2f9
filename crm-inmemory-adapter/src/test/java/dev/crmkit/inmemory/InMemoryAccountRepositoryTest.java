package dev.crmkit.inmemory;

import dev.crmkit.spi.CrmStore;
import dev.crmkit.testkit.AccountRepositoryContract;

class InMemoryAccountRepositoryTest extends AccountRepositoryContract {

    @Override
    protected CrmStore store() {
        return InMemoryStores.SHARED;
    }
}
