package dev.crmkit.inmemory;

import dev.crmkit.spi.CrmStore;
import dev.crmkit.testkit.ConsentContract;

class InMemoryConsentTest extends ConsentContract {

    @Override
    protected CrmStore store() {
        return InMemoryStores.SHARED;
    }
}
