package dev.crmkit.inmemory;

import dev.crmkit.spi.CrmStore;
import dev.crmkit.testkit.AccountConcurrencyContract;

class InMemoryAccountConcurrencyTest extends AccountConcurrencyContract {

    @Override
    protected CrmStore store() {
        return InMemoryStores.SHARED;
    }
}
