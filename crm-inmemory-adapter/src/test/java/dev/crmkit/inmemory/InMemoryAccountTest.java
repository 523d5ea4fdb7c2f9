package dev.crmkit.inmemory;

import dev.crmkit.spi.CrmStore;
import dev.crmkit.testkit.AccountContract;

class InMemoryAccountTest extends AccountContract {

    @Override
    protected CrmStore store() {
        return InMemoryStores.SHARED;
    }
}
