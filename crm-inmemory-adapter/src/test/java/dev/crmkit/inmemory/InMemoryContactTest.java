package dev.crmkit.inmemory;

import dev.crmkit.spi.CrmStore;
import dev.crmkit.testkit.ContactContract;

class InMemoryContactTest extends ContactContract {

    @Override
    protected CrmStore store() {
        return InMemoryStores.SHARED;
    }
}
